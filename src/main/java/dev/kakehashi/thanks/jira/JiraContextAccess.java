package dev.kakehashi.thanks.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.kakehashi.thanks.ContextAccess;
import dev.kakehashi.thanks.ThanksContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Jira issues as thanks contexts: a person may see one when Jira gives them Browse Projects on it; the people to
 * suggest are the reporter, the assignee and the author of the latest comment.
 */
public class JiraContextAccess implements ContextAccess {
    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final UserManager userManager;
    private final CommentManager commentManager;

    public JiraContextAccess(IssueManager issueManager, PermissionManager permissionManager, UserManager userManager,
                             CommentManager commentManager) {
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.userManager = userManager;
        this.commentManager = commentManager;
    }

    @Override
    public boolean supports(ThanksContext.Type type) {
        return type == ThanksContext.Type.JIRA_ISSUE;
    }

    @Override
    public boolean canView(String userKey, ThanksContext context) {
        Issue issue = issue(context);
        ApplicationUser user = userKey == null ? null : userManager.getUserByKey(userKey);
        return issue != null && user != null
                && permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
    }

    @Override
    public List<String> suggestedPeople(ThanksContext context) {
        Issue issue = issue(context);
        List<String> people = new ArrayList<>();
        if (issue != null) {
            if (issue.getReporterId() != null) {
                people.add(issue.getReporterId());
            }
            if (issue.getAssigneeId() != null) {
                people.add(issue.getAssigneeId());
            }
            Comment last = commentManager.getLastComment(issue);
            if (last != null && last.getAuthorApplicationUser() != null) {
                people.add(last.getAuthorApplicationUser().getKey());
            }
        }
        return people;
    }

    @Override
    public String title(ThanksContext context) {
        Issue issue = issue(context);
        if (issue == null || issue.getKey() == null) {
            return "";
        }
        return issue.getSummary() == null ? issue.getKey() : issue.getKey() + " " + issue.getSummary();
    }

    private Issue issue(ThanksContext context) {
        if (context.type() != ThanksContext.Type.JIRA_ISSUE) {
            return null;
        }
        return issueManager.getIssueObject(Long.valueOf(context.id()));
    }
}
