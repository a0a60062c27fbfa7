package com.atlassian.applinks.api;

import java.net.URI;

/**
 * Host declaration (compile only): what a link tells about the linked application and how to call it. Only the members the plugin calls (the host's also has getId, getType, isSystem, the OAuth 2 connection type and two more request factories).
 * Mirrors applinks-api 9.1.4 (ngannk-fptu/Decompiled-Files com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/ReadOnlyApplicationLink.java, @PublicApi); the same members are implemented against Platform 8.3.26 in deftdevs/bootstrapi jira/src/test/java/atlassian/settings/setup/DefaultApplicationLink.java.
 */
public interface ReadOnlyApplicationLink {
    String getName();

    /** The base URL people's browsers use. */
    URI getDisplayUrl();

    /** The base URL server-to-server requests use; relative request URLs are resolved against it. */
    URI getRpcUrl();

    boolean isPrimary();

    /**
     * Requests as the current user where the link allows it (OAuth with impersonation first), otherwise without
     * impersonation, otherwise anonymous.
     */
    ApplicationLinkRequestFactory createAuthenticatedRequestFactory();

    /**
     * Requests as the current user only (an impersonating authentication provider: OAuth, OAuth with
     * impersonation, Trusted Applications); null when the link has no such provider or there is no current user.
     */
    ApplicationLinkRequestFactory createImpersonatingAuthenticatedRequestFactory();
}
