package com.atlassian.sal.api.net;

/**
 * Host declaration (compile only): the response to an outgoing request. Only the members the plugin calls.
 * Mirrors sal-api 5.1.4 (ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/net/Response.java); SAL of Platform 8 unverified.
 */
public interface Response {
    int getStatusCode();

    String getResponseBodyAsString() throws ResponseException;

    boolean isSuccessful();
}
