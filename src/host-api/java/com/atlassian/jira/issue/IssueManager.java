package com.atlassian.jira.issue;

/**
 * Host declaration (compile only): looks issues up; only the members the plugin calls (both return null when absent).
 * Mirrors jira-api 11.x as used in codescape/jira-scrum-poker and atlassian-labs/atlassian-slack-integration-server; docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html.
 */
public interface IssueManager {
    MutableIssue getIssueObject(String key);

    MutableIssue getIssueObject(Long id);

    /**
     * The issues with these ids, in the order of the ids; ids not found are left out (no nulls). One lookup for all
     * (docs/HOST-FACTS.md section 39).
     */
    java.util.List<Issue> getIssueObjects(java.util.Collection<Long> ids);

    /** Deletes the issue without firing events or sending notifications (docs/HOST-FACTS.md section 17.13). */
    void deleteIssueNoEvent(Issue issue) throws com.atlassian.jira.exception.RemoveException;
}
