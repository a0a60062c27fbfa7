package com.atlassian.jira.project;

/**
 * Host declaration (compile only): a Jira project; only the members the plugin calls.
 * Mirrors jira-api 11.0.0 as implemented in atlassian-labs/atlassian-slack-integration-server SlackMessageResource#getDummyIssue (anonymous Project).
 */
public interface Project {
    Long getId();

    String getKey();

    String getName();
}
