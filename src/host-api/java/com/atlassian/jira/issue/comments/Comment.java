package com.atlassian.jira.issue.comments;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Host declaration (compile only): a comment on a Jira issue; only the members the plugin calls.
 * Mirrors jira-api, com.atlassian.jira.issue.comments.Comment#getAuthorApplicationUser()
 * (docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/comments/Comment.html).
 */
public interface Comment {
    ApplicationUser getAuthorApplicationUser();
}
