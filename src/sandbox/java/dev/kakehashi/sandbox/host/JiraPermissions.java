package dev.kakehashi.sandbox.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.demo.Visibility;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;

/**
 * Jira's {@link PermissionManager}. Every project permission (browse, create, edit …) follows one rule: anonymous
 * users have none, administrators all, other users those of the issues they may browse (an issue restricted to
 * groups is browsed only by their members; issues created at run time are not restricted). Issues the sandbox does
 * not know (by id, else by key) are refused. Permission schemes, project roles and security levels are not emulated.
 */
public final class JiraPermissions implements PermissionManager {
    private final DemoDirectory directory;
    private final JiraIssues issues;

    public JiraPermissions(DemoDirectory directory, JiraIssues issues) {
        this.directory = directory;
        this.issues = issues;
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user) {
        if (permissionKey == null || issue == null || user == null) {
            return false;
        }
        JiraIssue known = issue.getId() != null ? issues.byId(issue.getId()) : issues.byKey(issue.getKey());
        DemoUser demoUser = directory.byKey(user.getKey()).orElse(null);
        return known != null && canBrowse(known, demoUser);
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
