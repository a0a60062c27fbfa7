package com.atlassian.sal.api;

/**
 * Host declaration (compile only): the host's base URL; only the members the plugin calls.
 * Mirrors SAL 5.1.4, com/atlassian/sal/api/ApplicationProperties#getBaseUrl(UrlMode) (ngannk-fptu/Decompiled-Files);
 * getPlatformId and the home directories as listed by
 * https://docs.atlassian.com/atlassian-crowd/6.1.1/com/atlassian/crowd/service/sal/CrowdApplicationProperties.html
 */
public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);

    /** {@code jira} or {@code conf} (SAL's PLATFORM_JIRA, PLATFORM_CONFLUENCE). */
    String getPlatformId();

    java.util.Optional<java.nio.file.Path> getLocalHomeDirectory();

    /** The home every node of a cluster shares; the local home on a single node. */
    java.util.Optional<java.nio.file.Path> getSharedHomeDirectory();
}
