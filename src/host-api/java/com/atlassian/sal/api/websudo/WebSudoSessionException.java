package com.atlassian.sal.api.websudo;

/**
 * Host declaration (compile only): thrown when a request needs a WebSudo session it does not have (unchecked).
 * Mirrors SAL 5.1.4, com/atlassian/sal/api/websudo/WebSudoSessionException (ngannk-fptu/Decompiled-Files).
 */
public class WebSudoSessionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WebSudoSessionException() {
        super();
    }

    public WebSudoSessionException(String message) {
        super(message);
    }
}
