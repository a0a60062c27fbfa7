package com.atlassian.applinks.api;

/**
 * Host declaration (compile only): a link to another application; its members are those of ReadOnlyApplicationLink (the host's also extends PropertySet, left out).
 * Mirrors applinks-api 9.1.4 (ngannk-fptu/Decompiled-Files com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/ApplicationLink.java).
 */
public interface ApplicationLink extends ReadOnlyApplicationLink {
}
