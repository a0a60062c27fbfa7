package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;

/**
 * Host declaration (compile only): makes requests to the linked application; a relative URL is resolved against the link's RPC URL.
 * Mirrors applinks-api 9.1.4 (ngannk-fptu/Decompiled-Files com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/ApplicationLinkRequestFactory.java; all abstract methods).
 */
public interface ApplicationLinkRequestFactory extends AuthorisationURIGenerator {
    /** @throws CredentialsRequiredException when the current user has not authorised requests on their behalf */
    ApplicationLinkRequest createRequest(Request.MethodType methodType, String url) throws CredentialsRequiredException;
}
