package com.atlassian.jira.issue;

/**
 * Host declaration (compile only): input for IssueService#validateCreate; fluent setters; only the members the plugin calls.
 * Mirrors jira-api (public jira-api source and implementations in the code index); Jira 11 unverified. Reporter/assignee ids are user keys.
 */
public interface IssueInputParameters {
    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);

    IssueInputParameters setReporterId(String reporterId);

    IssueInputParameters setAssigneeId(String assigneeId);
}
