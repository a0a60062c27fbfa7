package com.atlassian.sal.api;

/**
 * Host declaration (compile only): how a base URL is given (RELATIVE is the context path, e.g. {@code /jira}).
 * Mirrors SAL 5.1.4, com/atlassian/sal/api/UrlMode (ngannk-fptu/Decompiled-Files).
 */
public enum UrlMode {
    CANONICAL,
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    AUTO
}
