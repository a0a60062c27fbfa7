package com.atlassian.confluence.plugins.createcontent.api.events;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.impl.ContentBlueprint;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Map;

/**
 * Host declaration (compile only): a page was created from a blueprint (@PublicApi). Published after a create-result="view" page is saved and after a draft made from a blueprint is published (the draft path through the REST blueprint-instance publish is unverified for Confluence 10).
 * Mirrors confluence-create-content-plugin 18.7.17 (Confluence 9.1.1), com/atlassian/confluence/plugins/createcontent/api/events/BlueprintPageCreateEvent (ngannk-fptu/Decompiled-Files).
 */
@SuppressWarnings("deprecation")
public class BlueprintPageCreateEvent extends com.atlassian.confluence.plugins.createcontent.events.BlueprintPageCreateEvent {
    public BlueprintPageCreateEvent(Object src, Page page, ContentBlueprint blueprint, ConfluenceUser creator,
                                    Map<String, Object> context) {
        super(src, page, blueprint, creator, context);
    }
}
