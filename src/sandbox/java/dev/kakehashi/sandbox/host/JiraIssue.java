package dev.kakehashi.sandbox.host;

import com.atlassian.jira.issue.MutableIssue;
import dev.kakehashi.sandbox.demo.DemoIssue;

/**
 * Jira's issue object of a demo issue; reporter and assignee are user keys, as in Jira.
 */
public final class JiraIssue implements MutableIssue {
    private final DemoIssue issue;
    private final String reporterKey;
    private final String assigneeKey;

    JiraIssue(DemoIssue issue, String reporterKey, String assigneeKey) {
        this.issue = issue;
        this.reporterKey = reporterKey;
        this.assigneeKey = assigneeKey;
    }

    @Override
    public Long getId() {
        return issue.id();
    }

    @Override
    public String getKey() {
        return issue.key();
    }

    @Override
    public String getSummary() {
        return issue.summary();
    }

    @Override
    public String getReporterId() {
        return reporterKey;
    }

    @Override
    public String getAssigneeId() {
        return assigneeKey;
    }

    /** The sandbox's own record of the issue (type, status, description, restriction). */
    public DemoIssue demo() {
        return issue;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JiraIssue other && other.issue.key().equals(issue.key());
    }

    @Override
    public int hashCode() {
        return issue.key().hashCode();
    }

    @Override
    public String toString() {
        return issue.key();
    }
}
