package com.atlassian.jira.issue;

/**
 * Host declaration (compile only): the issue type IssueManager returns; no members the plugin calls.
 * Mirrors jira-api 11.3.1 as used in codescape/jira-scrum-poker ScrumPokerAction (MutableIssue issue = issueManager.getIssueObject(key)).
 */
public interface MutableIssue extends Issue {
}
