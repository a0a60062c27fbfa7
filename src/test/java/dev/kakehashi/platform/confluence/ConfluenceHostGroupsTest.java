package dev.kakehashi.platform.confluence;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.user.Group;
import org.junit.Test;

public class ConfluenceHostGroupsTest {
    @Test
    public void aGroupExistsWhenConfluenceFindsIt() {
        UserAccessor userAccessor = mock(UserAccessor.class);
        when(userAccessor.getGroup("sales")).thenReturn(mock(Group.class));
        ConfluenceHostGroups groups = new ConfluenceHostGroups(userAccessor);

        assertTrue(groups.exists("sales"));
        assertFalse(groups.exists("nobody"));
    }
}
