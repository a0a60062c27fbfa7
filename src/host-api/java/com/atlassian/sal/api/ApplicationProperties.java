package com.atlassian.sal.api;

/**
 * Host declaration (compile only): the host's base URL; only the members the plugin calls.
 * Mirrors SAL 5.1.4, com/atlassian/sal/api/ApplicationProperties#getBaseUrl(UrlMode) (ngannk-fptu/Decompiled-Files).
 */
public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);
}
