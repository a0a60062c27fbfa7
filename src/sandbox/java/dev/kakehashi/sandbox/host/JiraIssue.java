package dev.kakehashi.sandbox.host;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.sql.Timestamp;
import java.util.Set;

/**
 * Jira's issue object in the sandbox: a snapshot of one row of {@code SANDBOX_ISSUE} (a later change is seen by
 * fetching the issue again). Reporter and assignee are user keys, as in Jira. The resolution is Jira's "Done"
 * (id 10000) once resolved. Not emulated: priorities, components, versions, due dates, custom fields, sub-tasks,
 * links, watchers, and changing the issue through this object.
 */
public final class JiraIssue implements MutableIssue {
    /** The id of the resolution "Done" that resolved issues carry. */
    public static final String RESOLUTION_DONE = "10000";

    private final Long id;
    private final String key;
    private final JiraProject project;
    private final JiraIssueType issueType;
    private final String summary;
    private final String description;
    private final String reporterKey;
    private final String assigneeKey;
    private final String status;
    private final Timestamp resolutionDate;
    private final Set<String> restrictedTo;

    JiraIssue(Long id, String key, JiraProject project, JiraIssueType issueType, String summary, String description,
              String reporterKey, String assigneeKey, String status, Timestamp resolutionDate,
              Set<String> restrictedTo) {
        this.id = id;
        this.key = key;
        this.project = project;
        this.issueType = issueType;
        this.summary = summary;
        this.description = description == null ? "" : description;
        this.reporterKey = reporterKey;
        this.assigneeKey = assigneeKey;
        this.status = status;
        this.resolutionDate = resolutionDate == null ? null : new Timestamp(resolutionDate.getTime());
        this.restrictedTo = Set.copyOf(restrictedTo);
    }

    /** The id, or null for an issue validated but not created yet. */
    @Override
    public Long getId() {
        return id;
    }

    /** The key, or null for an issue validated but not created yet. */
    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    @Override
    public String getReporterId() {
        return reporterKey;
    }

    @Override
    public String getAssigneeId() {
        return assigneeKey;
    }

    @Override
    public IssueType getIssueType() {
        return issueType;
    }

    /** The sandbox's own issue type object (with the reader's translation). */
    public JiraIssueType issueType() {
        return issueType;
    }

    @Override
    public String getIssueTypeId() {
        return issueType.getId();
    }

    @Override
    public Long getProjectId() {
        return project.id();
    }

    @Override
    public Project getProjectObject() {
        return project;
    }

    public JiraProject project() {
        return project;
    }

    @Override
    public String getResolutionId() {
        return resolutionDate == null ? null : RESOLUTION_DONE;
    }

    @Override
    public Timestamp getResolutionDate() {
        return resolutionDate == null ? null : new Timestamp(resolutionDate.getTime());
    }

    public boolean isResolved() {
        return resolutionDate != null;
    }

    public String description() {
        return description;
    }

    /** The status name, e.g. 未着手, 進行中, 完了 (the sandbox has no workflows, statuses are plain text). */
    public String status() {
        return status;
    }

    /** The groups the issue is restricted to (the sandbox's stand-in for issue security levels); empty: none. */
    public Set<String> restrictedTo() {
        return restrictedTo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JiraIssue other && other.id != null && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id == null ? 0 : id.hashCode();
    }

    @Override
    public String toString() {
        return key == null ? "new issue in " + project.key() : key;
    }
}
