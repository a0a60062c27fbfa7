package com.atlassian.jira.icon;

/**
 * Host declaration (compile only): the kind of icon an avatar belongs to; only the constant the plugin uses.
 * Mirrors jira-api 11.0.0 (imported by atlassian-labs/atlassian-slack-integration-server SlackMessageResource); ISSUE_TYPE_ICON_TYPE as used with AvatarManager#getDefaultAvatarId in public plugins.
 */
public final class IconType {
    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType();

    private IconType() {
    }
}
