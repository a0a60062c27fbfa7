package dev.kakehashi.goals.confluence;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.spaces.SpaceStatus;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import dev.kakehashi.goals.GoalSpaces;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Confluence spaces for goals: View on the space to see its goals (a list over every space asks the host for every
 * space key, current and archived, and keeps those the reader may view: one permission check per space), the
 * space's "add page" permission to create one, Administer on the space (or being a Confluence administrator) to
 * change every goal in it.
 */
public class ConfluenceGoalSpaces implements GoalSpaces {
    private final SpaceManager spaceManager;
    private final PermissionManager permissionManager;
    private final UserAccessor userAccessor;
    private final PageManager pageManager;

    public ConfluenceGoalSpaces(SpaceManager spaceManager, PermissionManager permissionManager,
                                UserAccessor userAccessor, PageManager pageManager) {
        this.pageManager = pageManager;
        this.spaceManager = spaceManager;
        this.permissionManager = permissionManager;
        this.userAccessor = userAccessor;
    }

    @Override
    public Optional<String> name(String spaceKey) {
        return space(spaceKey).map(Space::getName);
    }

    @Override
    public boolean canView(String spaceKey, String userKey) {
        return check(spaceKey, userKey, (user, space) -> permissionManager.hasPermission(user, Permission.VIEW, space));
    }

    @Override
    public Set<String> viewable(String userKey) {
        ConfluenceUser user = userKey == null ? null : userAccessor.getUserByKey(new UserKey(userKey));
        Set<String> keys = new LinkedHashSet<>();
        if (user == null) {
            return keys;
        }
        for (SpaceStatus status : SpaceStatus.values()) {
            for (String key : spaceManager.getAllSpaceKeys(status)) {
                Space space = spaceManager.getSpace(key);
                if (space != null && permissionManager.hasPermission(user, Permission.VIEW, space)) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    @Override
    public Optional<String> spaceOfPage(long pageId, String userKey) {
        ConfluenceUser user = userKey == null ? null : userAccessor.getUserByKey(new UserKey(userKey));
        AbstractPage page = user == null || pageId <= 0 ? null : pageManager.getAbstractPage(pageId);
        return page != null && permissionManager.hasPermission(user, Permission.VIEW, page)
                ? Optional.ofNullable(page.getSpaceKey()) : Optional.empty();
    }

    @Override
    public boolean canEdit(String spaceKey, String userKey) {
        return check(spaceKey, userKey, (user, space) -> permissionManager.hasCreatePermission(user, space, Page.class));
    }

    @Override
    public boolean canEditPage(long pageId, String userKey) {
        ConfluenceUser user = userKey == null ? null : userAccessor.getUserByKey(new UserKey(userKey));
        AbstractPage page = user == null || pageId <= 0 ? null : pageManager.getAbstractPage(pageId);
        return page != null && permissionManager.hasPermission(user, Permission.EDIT, page);
    }

    @Override
    public boolean canAdminister(String spaceKey, String userKey) {
        return check(spaceKey, userKey, (user, space) ->
                permissionManager.hasPermission(user, Permission.ADMINISTER, space)
                        || permissionManager.hasPermission(user, Permission.ADMINISTER,
                        PermissionManager.TARGET_APPLICATION));
    }

    private interface Check {
        boolean allows(ConfluenceUser user, Space space);
    }

    private boolean check(String spaceKey, String userKey, Check check) {
        ConfluenceUser user = userKey == null ? null : userAccessor.getUserByKey(new UserKey(userKey));
        return user != null && space(spaceKey).map(space -> check.allows(user, space)).orElse(false);
    }

    private Optional<Space> space(String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank() || spaceKey.length() > 255) {
            return Optional.empty();
        }
        return Optional.ofNullable(spaceManager.getSpace(spaceKey));
    }
}
