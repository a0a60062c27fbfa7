package dev.kakehashi.thanks.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import dev.kakehashi.thanks.ThanksContext;
import java.util.List;
import org.junit.Test;

public class ConfluenceContextAccessTest {
    private final PageManager pages = mock(PageManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final UserAccessor users = mock(UserAccessor.class);
    private final ConfluenceContextAccess access = new ConfluenceContextAccess(pages, permissions, users);
    private final AbstractPage page = mock(AbstractPage.class);

    private ConfluenceUser user(String key) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(new UserKey(key));
        when(users.getUserByKey(new UserKey(key))).thenReturn(user);
        return user;
    }

    @Test
    public void aPersonSeesAPageWhenConfluenceGrantsView() {
        when(pages.getAbstractPage(65538L)).thenReturn(page);
        ConfluenceUser tanaka = user("8a7f808a");
        when(permissions.hasPermission(tanaka, Permission.VIEW, page)).thenReturn(true);
        user("8a7f808b");

        assertTrue(access.canView("8a7f808a", ThanksContext.page(65538)));
        assertFalse("no permission", access.canView("8a7f808b", ThanksContext.page(65538)));
        assertFalse("unknown page", access.canView("8a7f808a", ThanksContext.page(1)));
        assertFalse("an issue is not a Confluence context", access.canView("8a7f808a", ThanksContext.issue(65538)));
    }

    @Test
    public void suggestionsAreTheAuthorAndTheLastEditor() {
        when(pages.getAbstractPage(65538L)).thenReturn(page);
        ConfluenceUser author = user("author");
        ConfluenceUser editor = user("editor");
        when(page.getCreator()).thenReturn(author);
        when(page.getLastModifier()).thenReturn(editor);

        assertEquals(List.of("author", "editor"), access.suggestedPeople(ThanksContext.page(65538)));
    }

    @Test
    public void aPageIsNamedByItsTitle() {
        when(pages.getAbstractPage(65538L)).thenReturn(page);
        when(page.getTitle()).thenReturn("FAQ のまとめ");

        org.junit.Assert.assertEquals("FAQ のまとめ", access.title(ThanksContext.page(65538)));
        org.junit.Assert.assertEquals("unknown page", "", access.title(ThanksContext.page(1)));
    }
}
