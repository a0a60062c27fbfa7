package dev.kakehashi.platform.jira;

import com.atlassian.jira.security.groups.GroupManager;
import dev.kakehashi.platform.HostGroups;
import java.util.Collection;
import java.util.List;

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

    @Override
    public List<String> memberNames(String groupName) {
        if (!exists(groupName)) {
            return List.of();
        }
        Collection<String> names = groupManager.getUserNamesInGroup(groupName);
        return names == null ? List.of() : List.copyOf(names);
    }
}
