package dev.kakehashi.sandbox.host;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.icon.IconType;

/**
 * Jira's {@link AvatarManager}, only as far as creating an issue type needs it: the default issue type avatar id.
 * Other icon types, avatar images and uploads are not emulated.
 */
public final class JiraAvatars implements AvatarManager {
    /** The id of the sandbox's one issue type avatar. */
    public static final Long DEFAULT_ISSUE_TYPE_AVATAR_ID = 10300L;

    @Override
    public Long getDefaultAvatarId(IconType iconType) {
        if (iconType != IconType.ISSUE_TYPE_ICON_TYPE) {
            throw new UnsupportedOperationException("The sandbox only has the default issue type avatar");
        }
        return DEFAULT_ISSUE_TYPE_AVATAR_ID;
    }

    @Override
    public Avatar getDefaultAvatar(IconType iconType) {
        Long id = getDefaultAvatarId(iconType);
        return () -> id;
    }
}
