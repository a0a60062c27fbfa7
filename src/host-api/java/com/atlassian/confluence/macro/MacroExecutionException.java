package com.atlassian.confluence.macro;

/**
 * Host declaration (compile only): a macro could not produce its output (checked).
 * Mirrors confluence 8.7.2, com/atlassian/confluence/macro/MacroExecutionException (ngannk-fptu/Decompiled-Files).
 */
public class MacroExecutionException extends Exception {
    private static final long serialVersionUID = 1L;

    public MacroExecutionException() {
    }

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public MacroExecutionException(Throwable cause) {
        super(cause);
    }
}
