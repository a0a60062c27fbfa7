package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Host declaration (compile only): Jira's project permission checks; only the members the plugin calls.
 * Mirrors jira-api 11.0.0 as used in atlassian-labs/atlassian-slack-integration-server IssuePanelResource (hasPermission(BROWSE_PROJECTS, issue, user)).
 */
public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    /** The project permission on a project, as Jira's project admin checks use it (HOST-FACTS §22). */
    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
