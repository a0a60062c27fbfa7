package dev.kakehashi.sandbox.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.demo.DemoIssue;
import dev.kakehashi.sandbox.demo.Visibility;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;

/**
 * Jira's {@link PermissionManager} for the demo project. Every project permission follows one rule: anonymous users
 * have none, administrators all, other users those of the issues they may browse (an issue restricted to groups is
 * browsed only by their members). Issues the sandbox does not know are refused.
 */
public final class JiraPermissions implements PermissionManager {
    private final DemoDirectory directory;

    public JiraPermissions(DemoDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user) {
        if (permissionKey == null || issue == null || user == null) {
            return false;
        }
        DemoUser demoUser = directory.byKey(user.getKey()).orElse(null);
        return DemoIssue.byKey(issue.getKey())
                .map(i -> Visibility.canSee(i.restrictedTo(), demoUser, Product.JIRA.adminGroup()))
                .orElse(false);
    }

    /** The same rule for the sandbox's own pages, by demo user (null: anonymous). */
    public boolean canBrowse(DemoIssue issue, DemoUser user) {
        return issue.visibleTo(user, Product.JIRA.adminGroup());
    }
}
