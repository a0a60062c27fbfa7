package com.atlassian.jira.issue;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;

import java.sql.Timestamp;

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

    IssueType getIssueType();

    String getIssueTypeId();

    Long getProjectId();

    Project getProjectObject();

    /** The resolution id, or null while the issue is unresolved. */
    String getResolutionId();

    /** When the issue was resolved, or null while it is unresolved. */
    Timestamp getResolutionDate();
}
