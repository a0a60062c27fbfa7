package dev.kakehashi.platform.jira;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.security.groups.GroupManager;
import org.junit.Test;

public class JiraHostGroupsTest {
    @Test
    public void aGroupExistsWhenJiraFindsIt() {
        GroupManager groupManager = mock(GroupManager.class);
        when(groupManager.getGroup("sales")).thenReturn(mock(Group.class));
        JiraHostGroups groups = new JiraHostGroups(groupManager);

        assertTrue(groups.exists("sales"));
        assertFalse(groups.exists("nobody"));
    }
}
