package com.atlassian.applinks.api;

/**
 * Host declaration (compile only): the kind of a linked application; the plugin only names its sub-interfaces as class tokens (members getI18nKey, getIconUrl, accept left out).
 * Mirrors applinks-api 9.1.4 (ngannk-fptu/Decompiled-Files com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/ApplicationType.java, @PublicSpi).
 */
public interface ApplicationType {
}
