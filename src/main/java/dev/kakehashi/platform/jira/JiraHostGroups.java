package dev.kakehashi.platform.jira;

import com.atlassian.jira.security.groups.GroupManager;
import dev.kakehashi.platform.HostGroups;

/**
 * Host groups as Jira's user directories know them.
 */
public class JiraHostGroups implements HostGroups {
    private final GroupManager groupManager;

    public JiraHostGroups(GroupManager groupManager) {
        this.groupManager = groupManager;
    }

    @Override
    public boolean exists(String groupName) {
        return groupManager.getGroup(groupName) != null;
    }
}
