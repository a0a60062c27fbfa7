package dev.kakehashi.collaboration.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.SimpleErrorCollection;
import dev.kakehashi.collaboration.RequestIssues;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.mockito.Answers;

public class JiraRequestIssuesTest {
    private final IssueManager issueManager = mock(IssueManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final UserManager users = mock(UserManager.class);
    private final IssueService issueService = mock(IssueService.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    private final com.atlassian.jira.issue.watchers.WatcherManager watchers =
            mock(com.atlassian.jira.issue.watchers.WatcherManager.class);
    private final JiraRequestIssues issues = new JiraRequestIssues(issueManager, permissions, users, issueService,
            projects, globalPermissions, watchers);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final ApplicationUser tanaka = mock(ApplicationUser.class);
    private final Project collab = mock(Project.class);
    private final IssueInputParameters input = mock(IssueInputParameters.class, Answers.RETURNS_SELF);

    @Before
    public void jira() {
        when(issue.getId()).thenReturn(10100L);
        when(issue.getKey()).thenReturn("COLLAB-1");
        when(issue.getSummary()).thenReturn("営業資料のレビュー");
        when(issue.getIssueTypeId()).thenReturn("10101");
        when(issue.getProjectObject()).thenReturn(collab);
        when(collab.getKey()).thenReturn("COLLAB");
        when(collab.getId()).thenReturn(10001L);
        when(issueManager.getIssueObject("COLLAB-1")).thenReturn(issue);
        when(issueManager.getIssueObject(10100L)).thenReturn(issue);
        when(tanaka.getKey()).thenReturn("JIRAUSER10100");
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(tanaka);
        when(projects.getProjectByCurrentKey("COLLAB")).thenReturn(collab);
        when(issueService.newIssueInputParameters()).thenReturn(input);
    }

    @Test
    public void anIssueThatCouldNotBeCompletedIsDeletedQuietlyAndAFailedDeletionIsReported() throws Exception {
        RequestIssues.IssueRef ref = issues.byKey("COLLAB-1").orElseThrow();

        issues.deleteCreated(ref);

        verify(issueManager).deleteIssueNoEvent(issue);
        org.mockito.Mockito.doThrow(new RemoveException("locked")).when(issueManager).deleteIssueNoEvent(issue);
        try {
            issues.deleteCreated(ref);
            fail("a failed removal must not pass unnoticed");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("COLLAB-1"));
        }
        when(issueManager.getIssueObject(10100L)).thenReturn(null);
        issues.deleteCreated(ref);
    }

    @Test
    public void anIssueIsReadWithItsTypeProjectAndResolution() {
        RequestIssues.IssueRef ref = issues.byKey("COLLAB-1").orElseThrow();

        assertEquals(new RequestIssues.IssueRef(10100, "COLLAB-1", "営業資料のレビュー", "COLLAB", "10101", false,
                issue.getReporterId()), ref);
        when(issue.getResolutionDate()).thenReturn(new Timestamp(0));
        assertTrue(issues.byId(10100).orElseThrow().resolved());
        assertTrue(issues.byKey("NOPE-1").isEmpty());
        assertTrue(issues.byKey(null).isEmpty());
    }

    @Test
    public void aListOfIssuesIsOneLookupAndKeepsOnlyWhatTheUserMayBrowse() {
        MutableIssue hidden = mock(MutableIssue.class);
        when(hidden.getId()).thenReturn(10200L);
        when(hidden.getKey()).thenReturn("COLLAB-2");
        when(issueManager.getIssueObjects(List.of(10100L, 10200L, 10300L))).thenReturn(List.of(issue, hidden));
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, tanaka)).thenReturn(true);

        Map<Long, RequestIssues.IssueRef> found = issues.browsable(List.of(10100L, 10200L, 10300L), "JIRAUSER10100");

        assertEquals(List.of(10100L), List.copyOf(found.keySet()));
        assertEquals("COLLAB-1", found.get(10100L).key());
        verify(issueManager, org.mockito.Mockito.never()).getIssueObject(org.mockito.ArgumentMatchers.anyLong());
        assertTrue("unknown user", issues.browsable(List.of(10100L), "JIRAUSER99999").isEmpty());
    }

    @Test
    public void browsingAndEditingFollowJiraPermissions() {
        RequestIssues.IssueRef ref = issues.byKey("COLLAB-1").orElseThrow();
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, tanaka)).thenReturn(true);

        assertTrue(issues.canBrowse(ref, "JIRAUSER10100"));
        assertFalse(issues.canEdit(ref, "JIRAUSER10100"));
        when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, tanaka)).thenReturn(true);
        assertTrue(issues.canEdit(ref, "JIRAUSER10100"));
        assertFalse("unknown user", issues.canBrowse(ref, "JIRAUSER99999"));
        assertFalse("anonymous", issues.canBrowse(ref, null));
    }

    @Test
    public void administeringIsTheProjectsAdministerProjectsOrJirasAdminister() {
        RequestIssues.IssueRef ref = issues.byKey("COLLAB-1").orElseThrow();
        when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, tanaka)).thenReturn(true);

        assertFalse("editing is not administering", issues.canAdminister(ref, "JIRAUSER10100"));
        when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, collab, tanaka)).thenReturn(true);
        assertTrue(issues.canAdminister(ref, "JIRAUSER10100"));
        when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, collab, tanaka)).thenReturn(false);
        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, tanaka)).thenReturn(true);
        assertTrue(issues.canAdminister(ref, "JIRAUSER10100"));
        assertFalse("unknown user", issues.canAdminister(ref, "JIRAUSER99999"));
        assertFalse("anonymous", issues.canAdminister(ref, null));
    }

    @Test
    public void anIssueIsCreatedThroughJirasValidationAsTheCaller() {
        IssueService.CreateValidationResult valid = new IssueService.CreateValidationResult(issue,
                new SimpleErrorCollection(), Map.of());
        when(issueService.validateCreate(tanaka, input)).thenReturn(valid);
        when(issueService.create(tanaka, valid)).thenReturn(new IssueService.IssueResult(issue));

        RequestIssues.IssueRef created = issues.create("JIRAUSER10100", "COLLAB", "10101", "営業資料のレビュー", "目的");

        assertEquals("COLLAB-1", created.key());
        verify(input).setProjectId(10001L);
        verify(input).setIssueTypeId("10101");
        verify(input).setSummary("営業資料のレビュー");
        verify(input).setDescription("目的");
        verify(input).setReporterId("JIRAUSER10100");
    }

    @Test
    public void jirasRefusalReachesTheCallerWithItsOwnMessages() {
        SimpleErrorCollection errors = new SimpleErrorCollection();
        errors.addError("summary", "要約を入力してください。");
        errors.addError("customfield_10200", "必須です。");
        errors.addErrorMessage("このプロジェクトで課題を作成する権限がありません。");
        when(issueService.validateCreate(tanaka, input)).thenReturn(
                new IssueService.CreateValidationResult(null, errors, Map.of()));

        try {
            issues.create("JIRAUSER10100", "COLLAB", "10101", "", "目的");
            fail("expected a rejection");
        } catch (Rejection e) {
            assertEquals(Rejection.Reason.INVALID, e.reason());
            assertEquals(List.of(Problem.literal("summary", "要約を入力してください。"),
                    Problem.literal(null, "必須です。"),
                    Problem.literal(null, "このプロジェクトで課題を作成する権限がありません。")), e.problems());
        }
        verify(issueService, never()).create(any(), any());
    }

    @Test
    public void anUnknownProjectOrUserIsRefusedBeforeAskingJira() {
        try {
            issues.create("JIRAUSER10100", "NOPE", "10101", "要約", "目的");
            fail("expected a rejection");
        } catch (Rejection e) {
            assertEquals("project", e.problems().get(0).field());
        }
        try {
            issues.create("JIRAUSER99999", "COLLAB", "10101", "要約", "目的");
            fail("expected a rejection");
        } catch (Rejection e) {
            assertEquals(Rejection.Reason.UNAUTHENTICATED, e.reason());
        }
        verify(issueService, never()).validateCreate(any(), any());
    }

    @Test
    public void thePersonBecomesAWatcherThroughJirasWatcherManagerOnce() {
        org.mockito.Mockito.when(users.getUserByKey("JIRAUSER10001")).thenReturn(tanaka);
        org.mockito.Mockito.when(issueManager.getIssueObject(10100L)).thenReturn(issue);
        RequestIssues.IssueRef ref = new RequestIssues.IssueRef(10100, "COLLAB-1", "s", "COLLAB", "10000", false, null);

        issues.watch(ref, "JIRAUSER10001");
        org.mockito.Mockito.when(watchers.isWatching(tanaka, issue)).thenReturn(true);
        issues.watch(ref, "JIRAUSER10001");
        issues.watch(ref, "JIRAUSER-GONE");

        org.mockito.Mockito.verify(watchers, org.mockito.Mockito.times(1)).startWatching(tanaka, issue);
    }
}
