package dev.kakehashi.sandbox.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
import java.util.Map;

/**
 * Jira's comments in the sandbox: only who wrote the latest comment on the demo issues that have one.
 */
public final class JiraComments implements CommentManager {
    /** Demo issue key → user name of the latest commenter. */
    private static final Map<String, String> LAST_COMMENTER = Map.of(
            "DEMO-1", "ito",
            "DEMO-2", "yamamoto",
            "DEMO-5", "nakamura");

    private final DemoDirectory directory;
    private final JiraUsers users;

    public JiraComments(DemoDirectory directory, JiraUsers users) {
        this.directory = directory;
        this.users = users;
    }

    @Override
    public Comment getLastComment(Issue issue) {
        if (issue == null || !LAST_COMMENTER.containsKey(issue.getKey())) {
            return null;
        }
        String key = directory.byUsername(LAST_COMMENTER.get(issue.getKey())).map(DemoUser::key).orElse(null);
        return () -> users.getUserByKey(key);
    }
}
