package com.atlassian.user;

/**
 * Host declaration (compile only): a Confluence group; only the members the plugin calls.
 * Mirrors atlassian-user, com/atlassian/user/Group (ngannk-fptu/Decompiled-Files, Confluence 8.7.2).
 */
public interface Group {
    String getName();
}
