package com.atlassian.plugin;

/**
 * Host declaration (compile only): the plugin system's base unchecked exception.
 * Mirrors atlassian-plugins-api 7.4.0, com/atlassian/plugin/PluginException (ngannk-fptu/Decompiled-Files).
 */
public class PluginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginException() {
    }

    public PluginException(String message) {
        super(message);
    }

    public PluginException(Throwable cause) {
        super(cause);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
