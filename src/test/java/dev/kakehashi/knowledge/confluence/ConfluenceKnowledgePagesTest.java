package dev.kakehashi.knowledge.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

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
import java.util.List;
import org.junit.Before;
import org.junit.Test;

public class ConfluenceKnowledgePagesTest {
    private final PageManager pages = mock(PageManager.class);
    private final SpaceManager spaces = mock(SpaceManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final UserAccessor users = mock(UserAccessor.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final ConfluenceKnowledgePages adapter = new ConfluenceKnowledgePages(pages, spaces, permissions, users,
            application);
    private final AbstractPage page = mock(AbstractPage.class);
    private ConfluenceUser tanaka;

    @Before
    public void host() {
        tanaka = mock(ConfluenceUser.class);
        when(users.getUserByKey(new UserKey("K-tanaka"))).thenReturn(tanaka);
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://wiki.example.com/");
        when(pages.getAbstractPage(65601L)).thenReturn(page);
        when(page.getId()).thenReturn(65601L);
        when(page.getSpaceKey()).thenReturn("DEMO");
        when(page.getTitle()).thenReturn("成果と学び");
    }

    @Test
    public void aPageIsSeenWithItsCurrentTitleAndAddressOnlyByItsViewers() {
        KnowledgePages.PageRef ref = new KnowledgePages.PageRef(65601, "DEMO", "成果と学び",
                "https://wiki.example.com/pages/viewpage.action?pageId=65601");
        assertEquals(ref, adapter.page(65601).orElseThrow());
        assertTrue(adapter.visiblePage(65601, "K-tanaka").isEmpty());
        when(permissions.hasPermission(tanaka, Permission.VIEW, page)).thenReturn(true);
        assertEquals(ref, adapter.visiblePage(65601, "K-tanaka").orElseThrow());
        assertTrue("unknown people see nothing", adapter.visiblePage(65601, "K-nobody").isEmpty());
        assertFalse(adapter.canEdit(65601, "K-tanaka"));
        when(permissions.hasPermission(tanaka, Permission.EDIT, page)).thenReturn(true);
        assertTrue(adapter.canEdit(65601, "K-tanaka"));
    }

    @Test
    public void aTrashedOrMissingPageIsGone() {
        when(permissions.hasPermission(tanaka, Permission.VIEW, page)).thenReturn(true);
        when(page.isDeleted()).thenReturn(true);
        assertTrue(adapter.page(65601).isEmpty());
        assertTrue(adapter.visiblePage(65601, "K-tanaka").isEmpty());
        assertTrue(adapter.page(42).isEmpty());
        assertTrue(adapter.page(-1).isEmpty());
    }

    @Test
    public void spacesForNewPagesAreThoseThePersonMayAddPagesToByName() {
        Space demo = space("DEMO", "デモ");
        Space sales = space("SALES", "営業部");
        Space dev = space("DEV", "開発部");
        when(spaces.getAllSpaceKeys(SpaceStatus.CURRENT)).thenReturn(List.of("SALES", "DEV", "DEMO", "GONE"));
        when(permissions.hasCreatePermission(tanaka, demo, Page.class)).thenReturn(true);
        when(permissions.hasCreatePermission(tanaka, sales, Page.class)).thenReturn(true);
        when(permissions.hasPermission(tanaka, Permission.VIEW, dev)).thenReturn(true);
        assertEquals(List.of(new KnowledgePages.SpaceRef("DEMO", "デモ"), new KnowledgePages.SpaceRef("SALES", "営業部")),
                adapter.spacesForNewPages("K-tanaka"));
        assertTrue(adapter.canViewSpace("DEV", "K-tanaka"));
        assertFalse(adapter.canViewSpace("SALES", "K-tanaka"));
        assertEquals(List.of(), adapter.spacesForNewPages(null));
    }

    private Space space(String key, String name) {
        Space space = mock(Space.class);
        when(space.getKey()).thenReturn(key);
        when(space.getName()).thenReturn(name);
        when(spaces.getSpace(key)).thenReturn(space);
        return space;
    }
}
