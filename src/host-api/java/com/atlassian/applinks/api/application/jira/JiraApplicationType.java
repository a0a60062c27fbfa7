package com.atlassian.applinks.api.application.jira;

import com.atlassian.applinks.api.ApplicationType;

/**
 * Host declaration (compile only): the type of a link to Jira.
 * Mirrors applinks-api 9.1.4 (ngannk-fptu/Decompiled-Files com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/application/jira/JiraApplicationType.java).
 */
public interface JiraApplicationType extends ApplicationType {
}
