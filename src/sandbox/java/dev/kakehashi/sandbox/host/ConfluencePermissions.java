package dev.kakehashi.sandbox.host;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.user.User;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.demo.DemoSpace;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
import java.util.Set;

/**
 * Confluence's {@link PermissionManager} with the demo spaces' group permissions. Anonymous and unknown users have no
 * permission, and a null target gives false. Members of {@code confluence-administrators} have every permission on
 * every target (the host's exempt super-users; read-only mode is not emulated). For the others:
 * <ul>
 * <li>a {@link Space}: VIEW = the space's view permission; ADMINISTER and EDIT = space admin (Confluence checks the
 * same for both: view + "set space permissions");</li>
 * <li>a page: VIEW = view on its space and, for a restricted page, membership of one of its groups; EDIT = VIEW and
 * the space's "add page" permission; ADMINISTER = VIEW and space admin;</li>
 * <li>{@link PermissionManager#TARGET_APPLICATION}: VIEW = any logged-in user ("can use"); others administrators
 * only;</li>
 * <li>{@link #hasCreatePermission}: a page ({@link AbstractPage} and subtypes) in a space (or beside a page of it) =
 * the space's "add page" permission; other content types are not emulated (false).</li>
 * </ul>
 * Other content, other targets ({@code TARGET_SYSTEM}, users, …) and the permissions not declared here
 * (SET_PERMISSIONS, REMOVE, EXPORT) give false. Personal spaces, anonymous access and per-user space permissions are
 * not emulated.
 */
public final class ConfluencePermissions implements PermissionManager {
    private final DemoDirectory directory;
    private final String adminGroup = Product.CONFLUENCE.adminGroup();

    public ConfluencePermissions(DemoDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean hasPermission(User user, Permission permission, Object target) {
        DemoUser demoUser = demoUser(user);
        if (demoUser == null || permission == null || target == null) {
            return false;
        }
        if (isConfluenceAdmin(demoUser)) {
            return true;
        }
        if (target instanceof ConfluenceSpace space) {
            if (permission == Permission.VIEW) {
                return canViewSpace(space.demo(), demoUser);
            }
            return (permission == Permission.ADMINISTER || permission == Permission.EDIT)
                    && isSpaceAdmin(space.demo(), demoUser);
        }
        if (target instanceof ConfluencePage page) {
            if (!canView(page, demoUser)) {
                return false;
            }
            if (permission == Permission.VIEW) {
                return true;
            }
            if (permission == Permission.EDIT) {
                return canAddPage(page.getSpace().demo(), demoUser);
            }
            return permission == Permission.ADMINISTER && isSpaceAdmin(page.getSpace().demo(), demoUser);
        }
        if (TARGET_APPLICATION.equals(target)) {
            return permission == Permission.VIEW;
        }
        return false;
    }

    @Override
    public boolean hasCreatePermission(User user, Object container, Class<?> typeToCreate) {
        DemoUser demoUser = demoUser(user);
        if (demoUser == null || typeToCreate == null || !AbstractPage.class.isAssignableFrom(typeToCreate)) {
            return false;
        }
        DemoSpace space = container instanceof ConfluenceSpace s ? s.demo()
                : container instanceof ConfluencePage p ? p.getSpace().demo() : null;
        return space != null && (isConfluenceAdmin(demoUser) || canAddPage(space, demoUser));
    }

    /** Members of the administrators group: every permission everywhere. */
    public boolean isConfluenceAdmin(DemoUser user) {
        return user != null && user.isMemberOf(adminGroup);
    }

    /** The space's view permission (no groups: every logged-in user). */
    public boolean canViewSpace(DemoSpace space, DemoUser user) {
        return user != null && (isConfluenceAdmin(user) || anyGroup(space.viewGroups(), user, true));
    }

    /** The space's "add page" permission (which also lets one edit its pages), with view on the space. */
    public boolean canAddPage(DemoSpace space, DemoUser user) {
        return canViewSpace(space, user) && (isConfluenceAdmin(user) || anyGroup(space.addPageGroups(), user, false));
    }

    /** A space admin ("set space permissions" with view), or a Confluence administrator. */
    public boolean isSpaceAdmin(DemoSpace space, DemoUser user) {
        return canViewSpace(space, user) && (isConfluenceAdmin(user) || space.admins().contains(user.username()));
    }

    /** View on the page's space and, if the page is restricted, membership of one of its groups. */
    public boolean canView(ConfluencePage page, DemoUser user) {
        return canViewSpace(page.getSpace().demo(), user)
                && (isConfluenceAdmin(user) || anyGroup(page.restrictedTo(), user, true));
    }

    /** Whether the user may open the page's editor: view it and add pages in its space. */
    public boolean canEdit(ConfluencePage page, DemoUser user) {
        return canView(page, user) && canAddPage(page.getSpace().demo(), user);
    }

    private static boolean anyGroup(Set<String> groups, DemoUser user, boolean emptyMeansEveryone) {
        return groups.isEmpty() ? emptyMeansEveryone : groups.stream().anyMatch(user::isMemberOf);
    }

    private DemoUser demoUser(User user) {
        if (user == null) {
            return null;
        }
        return (user instanceof ConfluenceUser c && c.getKey() != null ? directory.byKey(c.getKey().getStringValue())
                : directory.byUsername(user.getName())).orElse(null);
    }
}
