package dev.kakehashi.sandbox.host;

import com.atlassian.jira.issue.IssueInputParameters;

/**
 * Jira's {@link IssueInputParameters}: the fields of a new issue as {@link JiraIssueService#validateCreate} reads
 * them; unset fields stay null. Reporter and assignee are user keys. Only the declared setters are emulated.
 */
public final class JiraIssueInputParameters implements IssueInputParameters {
    private Long projectId;
    private String issueTypeId;
    private String summary;
    private String description;
    private String reporterId;
    private String assigneeId;

    @Override
    public IssueInputParameters setProjectId(Long projectId) {
        this.projectId = projectId;
        return this;
    }

    @Override
    public IssueInputParameters setIssueTypeId(String issueTypeId) {
        this.issueTypeId = issueTypeId;
        return this;
    }

    @Override
    public IssueInputParameters setSummary(String summary) {
        this.summary = summary;
        return this;
    }

    @Override
    public IssueInputParameters setDescription(String description) {
        this.description = description;
        return this;
    }

    @Override
    public IssueInputParameters setReporterId(String reporterId) {
        this.reporterId = reporterId;
        return this;
    }

    @Override
    public IssueInputParameters setAssigneeId(String assigneeId) {
        this.assigneeId = assigneeId;
        return this;
    }

    public Long projectId() {
        return projectId;
    }

    public String issueTypeId() {
        return issueTypeId;
    }

    public String summary() {
        return summary;
    }

    public String description() {
        return description;
    }

    public String reporterId() {
        return reporterId;
    }

    public String assigneeId() {
        return assigneeId;
    }
}
