package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Host declaration (compile only): Jira's global permission checks; only the member the plugin calls.
 * Mirrors jira-api, GlobalPermissionManager#hasPermission(GlobalPermissionKey, ApplicationUser) — HOST-FACTS §22.
 */
public interface GlobalPermissionManager {
    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
