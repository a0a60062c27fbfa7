package com.atlassian.jira.user;

/**
 * Host declaration (compile only): a Jira user; only the members the plugin calls.
 * Mirrors jira-api, docs.atlassian.com/jira/server/com/atlassian/jira/user/DelegatingApplicationUser.html (getKey is the stable user key SAL's UserKey carries).
 */
public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getDisplayName();
}
