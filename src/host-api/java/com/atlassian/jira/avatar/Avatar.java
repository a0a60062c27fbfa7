package com.atlassian.jira.avatar;

/**
 * Host declaration (compile only): an avatar (project, user or issue type icon); only the members the plugin calls.
 * Mirrors jira-api 11.0.0 as implemented in atlassian-labs/atlassian-slack-integration-server SlackMessageResource (anonymous Avatar, getId()).
 */
public interface Avatar {
    Long getId();
}
