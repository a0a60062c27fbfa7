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

    /**
     * Every system avatar of the icon type (the icons Jira ships). Called as {@code getAllSystemAvatars(IconType
     * .ISSUE_TYPE_ICON_TYPE)} by apps in the public code index; the same member is on Jira's {@code AvatarStore}
     * (https://docs.atlassian.com/jira/latest/com/atlassian/jira/avatar/AvatarStore.html). Jira 11 unverified.
     */
    java.util.List<Avatar> getAllSystemAvatars(IconType iconType);
}
