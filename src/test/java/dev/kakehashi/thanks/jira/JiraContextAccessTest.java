package dev.kakehashi.thanks.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.kakehashi.thanks.ThanksContext;
import java.util.List;
import org.junit.Test;

public class JiraContextAccessTest {
    private final IssueManager issues = mock(IssueManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final UserManager users = mock(UserManager.class);
    private final CommentManager comments = mock(CommentManager.class);
    private final JiraContextAccess access = new JiraContextAccess(issues, permissions, users, comments);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final ApplicationUser tanaka = mock(ApplicationUser.class);

    private ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        return user;
    }

    @Test
    public void aPersonSeesAnIssueWhenJiraGrantsBrowseProjects() {
        when(issues.getIssueObject(10000L)).thenReturn(issue);
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(tanaka);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, tanaka)).thenReturn(true);

        assertTrue(access.canView("JIRAUSER10100", ThanksContext.issue(10000)));
        assertFalse("unknown user", access.canView("nobody", ThanksContext.issue(10000)));
        assertFalse("unknown issue", access.canView("JIRAUSER10100", ThanksContext.issue(99999)));
        assertFalse("anonymous", access.canView(null, ThanksContext.issue(10000)));
        assertFalse("a page is not a Jira context", access.canView("JIRAUSER10100", ThanksContext.page(10000)));
    }

    @Test
    public void suggestionsAreReporterAssigneeAndLatestCommenter() {
        when(issues.getIssueObject(10000L)).thenReturn(issue);
        when(issue.getReporterId()).thenReturn("R");
        when(issue.getAssigneeId()).thenReturn("A");
        Comment last = mock(Comment.class);
        ApplicationUser commenter = user("C");
        when(last.getAuthorApplicationUser()).thenReturn(commenter);
        when(comments.getLastComment(issue)).thenReturn(last);

        assertEquals(List.of("R", "A", "C"), access.suggestedPeople(ThanksContext.issue(10000)));
    }

    @Test
    public void anUnassignedIssueWithoutCommentsSuggestsItsReporter() {
        when(issues.getIssueObject(10000L)).thenReturn(issue);
        when(issue.getReporterId()).thenReturn("R");

        assertEquals(List.of("R"), access.suggestedPeople(ThanksContext.issue(10000)));
        assertEquals(List.of(), access.suggestedPeople(ThanksContext.issue(1)));
    }

    @Test
    public void anIssueIsNamedByItsKeyAndSummary() {
        when(issues.getIssueObject(10000L)).thenReturn(issue);
        when(issue.getKey()).thenReturn("DEMO-1");
        when(issue.getSummary()).thenReturn("見積もりテンプレートの共有");

        assertEquals("DEMO-1 見積もりテンプレートの共有", access.title(ThanksContext.issue(10000)));
        assertEquals("unknown issue", "", access.title(ThanksContext.issue(99999)));
    }
}
