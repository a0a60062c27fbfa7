package com.atlassian.jira.issue.fields.config;

/**
 * Host declaration (compile only): a field configuration scheme (an issue type scheme is one); only the members the plugin calls.
 * Mirrors jira-api (public jira-api source in the code index; getName() used on IssueTypeSchemeManager#getConfigScheme results in public plugins); Jira 11 unverified.
 */
public interface FieldConfigScheme {
    Long getId();

    String getName();
}
