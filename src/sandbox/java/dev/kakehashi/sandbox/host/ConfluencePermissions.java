package dev.kakehashi.sandbox.host;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.user.User;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.demo.DemoPage;
import dev.kakehashi.sandbox.demo.Visibility;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;

/**
 * Confluence's {@link PermissionManager} for the demo space. Every permission follows one rule: anonymous users have
 * none, administrators all; on a page, other users have those of the pages they may view (a page restricted to
 * groups is viewed only by their members); content the sandbox does not know is refused; on any other target (a
 * space, the application) every logged-in user has them.
 */
public final class ConfluencePermissions implements PermissionManager {
    private final DemoDirectory directory;

    public ConfluencePermissions(DemoDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean hasPermission(User user, Permission permission, Object target) {
        if (user == null || permission == null) {
            return false;
        }
        DemoUser demoUser = (user instanceof ConfluenceUser c && c.getKey() != null
                ? directory.byKey(c.getKey().getStringValue()) : directory.byUsername(user.getName())).orElse(null);
        if (demoUser == null) {
            return false;
        }
        if (target instanceof ConfluencePage page) {
            return canView(page.demo(), demoUser);
        }
        if (target instanceof ContentEntityObject) {
            return false;
        }
        return true;
    }

    /** The same rule for the sandbox's own pages, by demo user (null: anonymous). */
    public boolean canView(DemoPage page, DemoUser user) {
        return Visibility.canSee(page.restrictedTo(), user, Product.CONFLUENCE.adminGroup());
    }
}
