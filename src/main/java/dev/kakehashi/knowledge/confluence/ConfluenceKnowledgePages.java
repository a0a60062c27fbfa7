package dev.kakehashi.knowledge.confluence;

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
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserKey;
import dev.kakehashi.knowledge.KnowledgePages;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Confluence's pages and spaces for the knowledge-sharing pages: View on a page to list it, Edit (the space's
 * "add page" permission on a page the person may view) to act on it, "add page" on a space to create in it.
 */
public class ConfluenceKnowledgePages implements KnowledgePages {
    private final PageManager pageManager;
    private final SpaceManager spaceManager;
    private final PermissionManager permissionManager;
    private final UserAccessor userAccessor;
    private final ApplicationProperties application;

    public ConfluenceKnowledgePages(PageManager pageManager, SpaceManager spaceManager,
                                    PermissionManager permissionManager, UserAccessor userAccessor,
                                    ApplicationProperties application) {
        this.pageManager = pageManager;
        this.spaceManager = spaceManager;
        this.permissionManager = permissionManager;
        this.userAccessor = userAccessor;
        this.application = application;
    }

    @Override
    public Optional<PageRef> page(long pageId) {
        return Optional.ofNullable(current(pageId)).map(this::ref);
    }

    @Override
    public Optional<PageRef> visiblePage(long pageId, String userKey) {
        ConfluenceUser user = user(userKey);
        AbstractPage page = user == null ? null : current(pageId);
        return page != null && permissionManager.hasPermission(user, Permission.VIEW, page)
                ? Optional.of(ref(page)) : Optional.empty();
    }

    @Override
    public boolean canEdit(long pageId, String userKey) {
        ConfluenceUser user = user(userKey);
        AbstractPage page = user == null ? null : current(pageId);
        return page != null && permissionManager.hasPermission(user, Permission.EDIT, page);
    }

    @Override
    public boolean canViewSpace(String spaceKey, String userKey) {
        ConfluenceUser user = user(userKey);
        Space space = user == null ? null : space(spaceKey);
        return space != null && permissionManager.hasPermission(user, Permission.VIEW, space);
    }

    @Override
    public List<SpaceRef> spacesForNewPages(String userKey) {
        ConfluenceUser user = user(userKey);
        if (user == null) {
            return List.of();
        }
        List<SpaceRef> spaces = new ArrayList<>();
        for (String key : spaceManager.getAllSpaceKeys(SpaceStatus.CURRENT)) {
            Space space = spaceManager.getSpace(key);
            if (space != null && permissionManager.hasCreatePermission(user, space, Page.class)) {
                spaces.add(new SpaceRef(space.getKey(), space.getName()));
            }
        }
        Collator collator = Collator.getInstance(Locale.JAPANESE);
        spaces.sort(Comparator.comparing(SpaceRef::name, collator).thenComparing(SpaceRef::key));
        return spaces;
    }

    /** The page unless it is gone or in the trash (a trashed page leaves the logs until it is restored). */
    private AbstractPage current(long pageId) {
        AbstractPage page = pageId <= 0 ? null : pageManager.getAbstractPage(pageId);
        return page == null || page.isDeleted() ? null : page;
    }

    private PageRef ref(AbstractPage page) {
        String base = application.getBaseUrl(UrlMode.CANONICAL);
        return new PageRef(page.getId(), page.getSpaceKey(), page.getTitle(),
                (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                        + "/pages/viewpage.action?pageId=" + page.getId());
    }

    private ConfluenceUser user(String userKey) {
        return userKey == null || userKey.isBlank() ? null : userAccessor.getUserByKey(new UserKey(userKey));
    }

    private Space space(String spaceKey) {
        return spaceKey == null || spaceKey.isBlank() || spaceKey.length() > 255 ? null
                : spaceManager.getSpace(spaceKey);
    }
}
