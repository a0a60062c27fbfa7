package dev.kakehashi.thanks.confluence;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import dev.kakehashi.thanks.ContextAccess;
import dev.kakehashi.thanks.ThanksContext;
import java.util.List;

/**
 * Confluence pages as thanks contexts: a person may see one when Confluence gives them View on it; the people to
 * suggest are the page's author and its last editor.
 */
public class ConfluenceContextAccess implements ContextAccess {
    private final PageManager pageManager;
    private final PermissionManager permissionManager;
    private final UserAccessor userAccessor;

    public ConfluenceContextAccess(PageManager pageManager, PermissionManager permissionManager,
                                   UserAccessor userAccessor) {
        this.pageManager = pageManager;
        this.permissionManager = permissionManager;
        this.userAccessor = userAccessor;
    }

    @Override
    public boolean supports(ThanksContext.Type type) {
        return type == ThanksContext.Type.CONFLUENCE_PAGE;
    }

    @Override
    public boolean canView(String userKey, ThanksContext context) {
        AbstractPage page = page(context);
        ConfluenceUser user = userKey == null ? null : userAccessor.getUserByKey(new UserKey(userKey));
        return page != null && user != null && permissionManager.hasPermission(user, Permission.VIEW, page);
    }

    @Override
    public List<String> suggestedPeople(ThanksContext context) {
        AbstractPage page = page(context);
        List<String> people = new java.util.ArrayList<>();
        if (page != null) {
            for (ConfluenceUser user : new ConfluenceUser[] {page.getCreator(), page.getLastModifier()}) {
                if (user != null && user.getKey() != null) {
                    people.add(user.getKey().getStringValue());
                }
            }
        }
        return people;
    }

    @Override
    public String title(ThanksContext context) {
        AbstractPage page = page(context);
        return page == null || page.getTitle() == null ? "" : page.getTitle();
    }

    private AbstractPage page(ThanksContext context) {
        if (context.type() != ThanksContext.Type.CONFLUENCE_PAGE) {
            return null;
        }
        return pageManager.getAbstractPage(Long.parseLong(context.id()));
    }
}
