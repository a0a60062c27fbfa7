package dev.kakehashi.sandbox.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.demo.Visibility;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;

/**
 * Jira's {@link PermissionManager} and {@link GlobalPermissionManager}, as under Jira's default permission scheme.
 * Anonymous users have no permission; Jira administrators (the admin group) have every one. Administer Projects:
 * also the project's administrators ({@link JiraProject#administrators()}), on every issue of the project. Every other
 * project permission (browse, create, edit …) follows one rule: users have those of the issues they may browse (an
 * issue restricted to groups is browsed only by their members; issues created at run time are not restricted), so
 * everyone who may browse an issue may edit it, as the default scheme grants Edit Issues to all users. Issues the
 * sandbox does not know (by id, else by key) are refused. Global permissions other than Administer are not granted;
 * project roles other than the administrators and issue security levels are not emulated.
 */
public final class JiraPermissions implements PermissionManager, GlobalPermissionManager {
    private final DemoDirectory directory;
    private final JiraIssues issues;
    private final JiraProjects projects;

    public JiraPermissions(DemoDirectory directory, JiraIssues issues, JiraProjects projects) {
        this.directory = directory;
        this.issues = issues;
        this.projects = projects;
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user) {
        if (permissionKey == null || issue == null || user == null) {
            return false;
        }
        JiraIssue known = issue.getId() != null ? issues.byId(issue.getId()) : issues.byKey(issue.getKey());
        DemoUser demoUser = directory.byKey(user.getKey()).orElse(null);
        if (known == null || demoUser == null) {
            return false;
        }
        if (ProjectPermissions.ADMINISTER_PROJECTS.equals(permissionKey)) {
            return administers(projects.byKey(known.getKey().substring(0, known.getKey().indexOf('-'))).orElse(null),
                    demoUser);
        }
        return canBrowse(known, demoUser);
    }

    /** On a project only Administer Projects is emulated: Jira administrators and the project's administrators. */
    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user) {
        if (!ProjectPermissions.ADMINISTER_PROJECTS.equals(permissionKey) || project == null || user == null) {
            return false;
        }
        return administers(projects.byKey(project.getKey()).orElse(null), directory.byKey(user.getKey()).orElse(null));
    }

    /** Jira's global Administer: the members of the admin group. */
    @Override
    public boolean hasPermission(GlobalPermissionKey permissionKey, ApplicationUser user) {
        DemoUser demoUser = user == null ? null : directory.byKey(user.getKey()).orElse(null);
        return GlobalPermissionKey.ADMINISTER.equals(permissionKey) && demoUser != null
                && demoUser.isMemberOf(Product.JIRA.adminGroup());
    }

    private static boolean administers(JiraProject project, DemoUser user) {
        return project != null && user != null
                && (user.isMemberOf(Product.JIRA.adminGroup()) || project.administrators().contains(user.username()));
    }

    /** The same rule for the sandbox's own pages, by demo user (null: anonymous). */
    public boolean canBrowse(JiraIssue issue, DemoUser user) {
        return Visibility.canSee(issue.restrictedTo(), user, Product.JIRA.adminGroup());
    }

    /** Whether the user may create issues in a project: every logged-in user may (new issues are unrestricted). */
    public boolean canCreate(DemoUser user) {
        return user != null;
    }
}
