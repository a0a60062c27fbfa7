package com.atlassian.applinks.api;

/**
 * Host declaration (compile only): the application links of this instance; getPrimaryApplicationLink answers null when no link of that type exists (and throws IllegalStateException when links exist but none is primary). Only the member the plugin calls.
 * Mirrors applinks-api 9.1.4 (ngannk-fptu/Decompiled-Files com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/ApplicationLinkService.java); still implemented against Platform 8.3.26 in deftdevs/bootstrapi; the applinks version of Platform 8 is unverified.
 */
public interface ApplicationLinkService {
    ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type);
}
