package dev.kakehashi.collaboration.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import dev.kakehashi.collaboration.RequestIssues;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jira issues as collaboration requests: Browse Projects to see one, Edit Issues or Administer Projects (or Jira's
 * Administer) for the service to decide who may change one, and Jira's own
 * {@link IssueService} to create one, so that Jira checks Create Issues, the project's issue types and its required
 * fields. Jira's refusals reach the caller as they are, already in the caller's language.
 */
public class JiraRequestIssues implements RequestIssues {
    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final UserManager userManager;
    private final IssueService issueService;
    private final ProjectManager projectManager;
    private final GlobalPermissionManager globalPermissionManager;
    private final WatcherManager watchers;

    public JiraRequestIssues(IssueManager issueManager, PermissionManager permissionManager, UserManager userManager,
                             IssueService issueService, ProjectManager projectManager,
                             GlobalPermissionManager globalPermissionManager, WatcherManager watchers) {
        this.watchers = watchers;
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.userManager = userManager;
        this.issueService = issueService;
        this.projectManager = projectManager;
        this.globalPermissionManager = globalPermissionManager;
    }

    @Override
    public Optional<IssueRef> byKey(String key) {
        if (key == null || key.length() > 255) {
            return Optional.empty();
        }
        return Optional.ofNullable(issueManager.getIssueObject(key.strip())).map(this::ref);
    }

    @Override
    public Optional<IssueRef> byId(long id) {
        return Optional.ofNullable(issueManager.getIssueObject(id)).map(this::ref);
    }

    @Override
    public boolean canBrowse(IssueRef issue, String userKey) {
        return has(ProjectPermissions.BROWSE_PROJECTS, issue, userKey);
    }

    /** One issue lookup for all the ids, the user looked up once; Jira checks each issue's permission itself. */
    @Override
    public Map<Long, IssueRef> browsable(java.util.Collection<Long> ids, String userKey) {
        ApplicationUser user = userKey == null ? null : userManager.getUserByKey(userKey);
        Map<Long, IssueRef> found = new java.util.LinkedHashMap<>();
        if (user == null || ids.isEmpty()) {
            return found;
        }
        for (Issue issue : issueManager.getIssueObjects(ids)) {
            if (issue != null && permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
                found.put(issue.getId(), ref(issue));
            }
        }
        return found;
    }

    @Override
    public boolean canEdit(IssueRef issue, String userKey) {
        return has(ProjectPermissions.EDIT_ISSUES, issue, userKey);
    }

    /** Administer Projects on the issue's project, or Jira's global Administer permission. */
    @Override
    public boolean canAdminister(IssueRef ref, String userKey) {
        ApplicationUser user = userKey == null ? null : userManager.getUserByKey(userKey);
        if (user == null) {
            return false;
        }
        if (globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, user)) {
            return true;
        }
        Issue issue = issueManager.getIssueObject(ref.id());
        Project project = issue == null ? null : issue.getProjectObject();
        return project != null && permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, user);
    }

    private boolean has(ProjectPermissionKey permission, IssueRef ref, String userKey) {
        ApplicationUser user = userKey == null ? null : userManager.getUserByKey(userKey);
        Issue issue = user == null ? null : issueManager.getIssueObject(ref.id());
        return issue != null && permissionManager.hasPermission(permission, issue, user);
    }

    @Override
    public IssueRef create(String userKey, String projectKey, String issueTypeId, String summary, String description) {
        ApplicationUser user = userManager.getUserByKey(userKey);
        if (user == null) {
            throw Rejection.unauthenticated();
        }
        Project project = projectManager.getProjectByCurrentKey(projectKey);
        if (project == null) {
            throw Rejection.of(Rejection.Reason.INVALID, "project", "kakehashi.collaboration.error.project", projectKey);
        }
        IssueInputParameters input = issueService.newIssueInputParameters()
                .setProjectId(project.getId())
                .setIssueTypeId(issueTypeId)
                .setSummary(summary)
                .setDescription(description)
                .setReporterId(user.getKey());
        IssueService.CreateValidationResult validation = issueService.validateCreate(user, input);
        if (!validation.isValid()) {
            throw refused(validation.getErrorCollection());
        }
        IssueService.IssueResult result = issueService.create(user, validation);
        if (!result.isValid() || result.getIssue() == null) {
            throw refused(result.getErrorCollection());
        }
        return ref(result.getIssue());
    }

    /** Through Jira's WatcherManager, which adds the watch without a permission check of its own. */
    @Override
    public void watch(IssueRef ref, String userKey) {
        ApplicationUser user = userKey == null ? null : userManager.getUserByKey(userKey);
        Issue issue = user == null ? null : issueManager.getIssueObject(ref.id());
        if (issue != null && !watchers.isWatching(user, issue)) {
            watchers.startWatching(user, issue);
        }
    }

    @Override
    public void deleteCreated(IssueRef issue) {
        Issue found = issueManager.getIssueObject(issue.id());
        if (found == null) {
            return;
        }
        try {
            // Not IssueService.delete: that checks Delete Issues, which the person who just created it rarely has.
            issueManager.deleteIssueNoEvent(found);
        } catch (RemoveException e) {
            throw new IllegalStateException("Jira could not remove " + issue.key(), e);
        }
    }

    /** Jira's field errors, on our fields where they match one, and its general messages. */
    private static Rejection refused(ErrorCollection errors) {
        List<Problem> problems = new ArrayList<>();
        if (errors != null) {
            for (Map.Entry<String, String> e : errors.getErrors().entrySet()) {
                String field = switch (e.getKey()) {
                    case "summary" -> "summary";
                    case "project", "pid" -> "project";
                    case "issuetype" -> "kind";
                    default -> null;
                };
                problems.add(Problem.literal(field, e.getValue()));
            }
            for (String message : errors.getErrorMessages()) {
                problems.add(Problem.literal(null, message));
            }
        }
        if (problems.isEmpty()) {
            problems.add(Problem.of(null, "kakehashi.collaboration.error.create"));
        }
        return Rejection.invalid(problems);
    }

    private IssueRef ref(Issue issue) {
        Project project = issue.getProjectObject();
        String projectKey = project != null ? project.getKey() : issue.getKey().substring(0, issue.getKey().indexOf('-'));
        return new IssueRef(issue.getId(), issue.getKey(), issue.getSummary(), projectKey, issue.getIssueTypeId(),
                issue.getResolutionDate() != null || issue.getResolutionId() != null, issue.getReporterId());
    }
}
