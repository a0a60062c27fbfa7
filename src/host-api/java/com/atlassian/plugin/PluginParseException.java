package com.atlassian.plugin;

/**
 * Host declaration (compile only): a module's descriptor or parameters could not be understood.
 * Mirrors atlassian-plugins-api 7.4.0, com/atlassian/plugin/PluginParseException (ngannk-fptu/Decompiled-Files).
 */
public class PluginParseException extends PluginException {
    private static final long serialVersionUID = 1L;

    public PluginParseException() {
    }

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(Throwable cause) {
        super(cause);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
