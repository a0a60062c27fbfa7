package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ReturningResponseHandler;

/**
 * Host declaration (compile only): reads the response of a link request, or learns that the remote side wants other credentials (handle is inherited).
 * Mirrors applinks-api 9.1.4 (ngannk-fptu/Decompiled-Files com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/ApplicationLinkResponseHandler.java; all abstract methods with the inherited one).
 */
public interface ApplicationLinkResponseHandler<R> extends ReturningResponseHandler<Response, R> {
    R credentialsRequired(Response response) throws ResponseException;
}
