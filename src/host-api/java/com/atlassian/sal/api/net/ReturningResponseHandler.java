package com.atlassian.sal.api.net;

/**
 * Host declaration (compile only): turns a response into a value.
 * Mirrors sal-api 5.1.4 (ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/net/ReturningResponseHandler.java; all abstract methods).
 */
public interface ReturningResponseHandler<T extends Response, R> {
    R handle(T response) throws ResponseException;
}
