package com.atlassian.confluence.security;

import com.atlassian.user.User;

/**
 * Host declaration (compile only): Confluence's permission checks; only the members the plugin calls (user null = anonymous).
 * Mirrors confluence 8.7.2, com/atlassian/confluence/security/PermissionManager (ngannk-fptu/Decompiled-Files); called with Confluence 10.0.1 in atlassian-slack-integration-server (SlackMessageEventListener, SpaceToChannelConfigurationResource).
 */
public interface PermissionManager {
    /** The target meaning "the whole application": ADMINISTER on it = Confluence administrator (or system administrator). */
    Object TARGET_APPLICATION = "APPLICATION";

    boolean hasPermission(User user, Permission permission, Object target);

    /**
     * Whether the user may create content of this type (e.g. {@code Page.class}) in the container (e.g. a Space):
     * the space's "add page" permission for pages. Confluence 8.7.2 DefaultPermissionManager (Decompiled-Files).
     */
    boolean hasCreatePermission(User user, Object container, Class<?> typeToCreate);
}
