package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/**
 * Host declaration (compile only): adds entries to a web fragment's context; every abstract method of the host type.
 * Mirrors atlassian-plugins-webfragment-api 6.0.1, com/atlassian/plugin/web/ContextProvider (ngannk-fptu/Decompiled-Files).
 */
public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
