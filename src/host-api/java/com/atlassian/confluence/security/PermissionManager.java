package com.atlassian.confluence.security;

import com.atlassian.user.User;

/**
 * Host declaration (compile only): Confluence's permission checks; only the members the plugin calls (user null = anonymous).
 * Mirrors confluence 8.7.2, com/atlassian/confluence/security/PermissionManager (ngannk-fptu/Decompiled-Files); called with Confluence 10.0.1 in atlassian-slack-integration-server.
 */
public interface PermissionManager {
    boolean hasPermission(User user, Permission permission, Object target);
}
