package com.atlassian.sal.api.net;

/**
 * Host declaration (compile only): an outgoing request failed (transport, timeout, protocol or status).
 * Mirrors sal-api 5.1.4 (ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/net/ResponseException.java).
 */
public class ResponseException extends Exception {
    private static final long serialVersionUID = 1L;

    public ResponseException() {
    }

    public ResponseException(String message) {
        super(message);
    }

    public ResponseException(Throwable cause) {
        super(cause);
    }

    public ResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
