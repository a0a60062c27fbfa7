package com.atlassian.jira.issue;

/**
 * Host declaration (compile only): a Jira issue; only the members the plugin calls (getId/getKey come from WithId/WithKey).
 * Mirrors jira-api 11.0.0 as implemented in atlassian-labs/atlassian-slack-integration-server SlackMessageResource#getDummyIssue; docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html.
 */
public interface Issue {
    Long getId();

    String getKey();

    String getSummary();

    /** The reporter's user key (not the user name), or null. */
    String getReporterId();

    /** The assignee's user key (not the user name), or null when unassigned. */
    String getAssigneeId();
}
