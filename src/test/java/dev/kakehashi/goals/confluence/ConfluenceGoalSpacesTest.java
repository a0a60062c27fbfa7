package dev.kakehashi.goals.confluence;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.spaces.SpaceStatus;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import java.util.List;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/** The spaces a list over every space is limited to: those of either status the reader has View on. */
public class ConfluenceGoalSpacesTest {
    private final SpaceManager spaceManager = mock(SpaceManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final UserAccessor users = mock(UserAccessor.class);
    private ConfluenceGoalSpaces spaces;

    @Before
    public void setUp() {
        ConfluenceUser tanaka = mock(ConfluenceUser.class);
        when(users.getUserByKey(new UserKey("K-tanaka"))).thenReturn(tanaka);
        when(spaceManager.getAllSpaceKeys(SpaceStatus.CURRENT)).thenReturn(List.of("DEMO", "SALES", "DEV", "GONE"));
        when(spaceManager.getAllSpaceKeys(SpaceStatus.ARCHIVED)).thenReturn(List.of("OLD", "SECRET"));
        for (String key : List.of("DEMO", "SALES", "DEV", "OLD", "SECRET")) {
            Space space = mock(Space.class);
            when(spaceManager.getSpace(key)).thenReturn(space);
            when(permissions.hasPermission(tanaka, Permission.VIEW, space)).thenReturn(!key.equals("DEV")
                    && !key.equals("SECRET"));
        }
        spaces = new ConfluenceGoalSpaces(spaceManager, permissions, users, mock(PageManager.class));
    }

    @Test
    public void aReaderSeesTheCurrentAndArchivedSpacesTheyMayViewAndNoOthers() {
        assertEquals(Set.of("DEMO", "SALES", "OLD"), spaces.viewable("K-tanaka"));
    }

    @Test
    public void anUnknownOrAnonymousReaderSeesNoSpace() {
        assertEquals(Set.of(), spaces.viewable("K-nobody"));
        assertEquals(Set.of(), spaces.viewable(null));
    }
}
