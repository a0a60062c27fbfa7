package com.atlassian.confluence.plugins.createcontent.events;

import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.impl.ContentBlueprint;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Map;

/**
 * Host declaration (compile only): the deprecated event class that declares the getters of the public one (getBlueprintKey, getBluePrintKey and the Created marker left out).
 * Mirrors confluence-create-content-plugin 18.7.17 (Confluence 9.1.1), com/atlassian/confluence/plugins/createcontent/events/BlueprintPageCreateEvent (ngannk-fptu/Decompiled-Files).
 */
@Deprecated
public class BlueprintPageCreateEvent extends PageEvent {
    private final transient ContentBlueprint blueprint;
    private final transient ConfluenceUser creator;
    private final transient Map<String, Object> context;

    public BlueprintPageCreateEvent(Object src, Page page, ContentBlueprint blueprint, ConfluenceUser creator,
                                    Map<String, Object> context) {
        super(src, page);
        this.blueprint = blueprint;
        this.creator = creator;
        this.context = context;
    }

    /** The wizard's context map as the create request carried it (for a published draft: as stored with the draft). */
    public Map<String, Object> getContext() {
        return context;
    }

    public ConfluenceUser getCreator() {
        return creator;
    }

    public ContentBlueprint getBlueprint() {
        return blueprint;
    }
}
