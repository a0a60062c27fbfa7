package dev.kakehashi.sandbox.host;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import dev.kakehashi.sandbox.demo.DemoIssue;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
import java.util.List;

/**
 * Jira's {@link IssueManager} over the demo project: every issue by key or id, whoever asks (the host does not check
 * permissions here either); null for an unknown key or id.
 */
public final class JiraIssues implements IssueManager {
    private final DemoDirectory directory;

    public JiraIssues(DemoDirectory directory) {
        this.directory = directory;
    }

    @Override
    public MutableIssue getIssueObject(String key) {
        return key == null ? null : DemoIssue.byKey(key).map(this::issue).orElse(null);
    }

    @Override
    public MutableIssue getIssueObject(Long id) {
        return id == null ? null : DemoIssue.byId(id).map(this::issue).orElse(null);
    }

    /** Every issue of the demo project, in key order. */
    public List<JiraIssue> all() {
        return DemoIssue.all().stream().map(this::issue).toList();
    }

    public JiraIssue issue(DemoIssue issue) {
        return new JiraIssue(issue, key(issue.reporter()), key(issue.assignee()));
    }

    private String key(String username) {
        return directory.byUsername(username).map(DemoUser::key).orElse(null);
    }
}
