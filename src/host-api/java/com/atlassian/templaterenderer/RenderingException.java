package com.atlassian.templaterenderer;

/**
 * Host declaration (compile only): a template failed to render.
 * Mirrors atlassian-template-renderer-api, com/atlassian/templaterenderer/RenderingException (ngannk-fptu/Decompiled-Files).
 */
public class RenderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
