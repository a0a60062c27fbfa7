package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.baseconditions.BaseCondition;
import java.util.Map;

/**
 * Host declaration (compile only): decides whether a web fragment shows; every abstract method of the host type.
 * Mirrors atlassian-plugins-webfragment-api 6.0.1, com/atlassian/plugin/web/Condition (ngannk-fptu/Decompiled-Files).
 */
public interface Condition extends BaseCondition {
    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
