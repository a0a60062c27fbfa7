package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconType;

/**
 * Host declaration (compile only): avatar store; only the members the plugin calls.
 * Mirrors jira-api 7.x+ (AvatarManager test doubles implementing getDefaultAvatarId(IconType)/getDefaultAvatar(IconType) in the public code index); Jira 11 unverified.
 */
public interface AvatarManager {
    /** The system default avatar id for the icon type, e.g. IconType.ISSUE_TYPE_ICON_TYPE. */
    Long getDefaultAvatarId(IconType iconType);

    Avatar getDefaultAvatar(IconType iconType);
}
