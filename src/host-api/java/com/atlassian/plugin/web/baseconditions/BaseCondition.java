package com.atlassian.plugin.web.baseconditions;

/**
 * Host declaration (compile only): the marker super-interface of web fragment conditions (no members).
 * Mirrors atlassian-plugins-webfragment-api 6.0.1, com/atlassian/plugin/web/baseconditions/BaseCondition (ngannk-fptu/Decompiled-Files).
 */
public interface BaseCondition {
}
