package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;

/**
 * Host declaration (compile only): Jira's comments on an issue; only the members the plugin calls.
 * Mirrors jira-api, com.atlassian.jira.issue.comments.CommentManager#getLastComment(Issue), null when the issue has
 * no comment (docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/comments/CommentManager.html).
 */
public interface CommentManager {
    Comment getLastComment(Issue issue);
}
