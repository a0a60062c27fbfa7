package com.atlassian.applinks.api.application.confluence;

import com.atlassian.applinks.api.ApplicationType;

/**
 * Host declaration (compile only): the type of a link to Confluence.
 * Mirrors applinks-api 9.1.4 (ngannk-fptu/Decompiled-Files com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/application/confluence/ConfluenceApplicationType.java).
 */
public interface ConfluenceApplicationType extends ApplicationType {
}
