package com.atlassian.sal.api.net;

/**
 * Host declaration (compile only): an outgoing HTTP request; a body is allowed for POST and PUT only. Only the members the plugin calls (the host's also sets URLs, files, parameters, basic authentication, redirects and executes with other handlers).
 * Mirrors sal-api 5.1.4 (ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/net/Request.java); SAL of Platform 8 unverified.
 */
public interface Request<T extends Request<?, ?>, RESP extends Response> {
    T setConnectionTimeout(int connectionTimeout);

    T setSoTimeout(int soTimeout);

    T setRequestBody(String requestBody, String contentType);

    T setHeader(String headerName, String headerValue);

    /** The HTTP methods, in the host's order. */
    enum MethodType { GET, POST, PUT, DELETE, HEAD, TRACE, OPTIONS, PATCH }
}
