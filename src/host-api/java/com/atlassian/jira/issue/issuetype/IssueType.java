package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;

/**
 * Host declaration (compile only): a Jira issue type; only the members the plugin calls.
 * Mirrors jira-api 11.0.0 as implemented in atlassian-labs/atlassian-slack-integration-server SlackMessageResource#getDummyIssue.
 */
public interface IssueType extends IssueConstant {
    boolean isSubTask();
}
