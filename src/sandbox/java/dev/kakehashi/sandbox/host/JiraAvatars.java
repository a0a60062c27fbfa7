package dev.kakehashi.sandbox.host;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.icon.IconType;
import java.util.List;

/**
 * Jira's {@link AvatarManager}, only as far as creating an issue type needs it: the default issue type avatar id and
 * a few system issue type icons by file name. Other icon types, avatar images and uploads are not emulated.
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
        return avatar(getDefaultAvatarId(iconType), "genericissue.svg");
    }

    @Override
    public List<Avatar> getAllSystemAvatars(IconType iconType) {
        if (iconType != IconType.ISSUE_TYPE_ICON_TYPE) {
            throw new UnsupportedOperationException("The sandbox only has issue type avatars");
        }
        return List.of(avatar(DEFAULT_ISSUE_TYPE_AVATAR_ID, "genericissue.svg"), avatar(10303L, "bug.svg"),
                avatar(10311L, "improvement.svg"), avatar(10315L, "newfeature.svg"), avatar(10318L, "task.svg"),
                avatar(10320L, "question.svg"), avatar(10321L, "documentation.svg"), avatar(10324L, "story.svg"));
    }

    private static Avatar avatar(Long id, String fileName) {
        return new Avatar() {
            @Override
            public Long getId() {
                return id;
            }

            @Override
            public String getFileName() {
                return fileName;
            }
        };
    }
}
