package dev.kakehashi.sandbox.host;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.security.groups.GroupManager;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
import java.util.Collection;

/**
 * Jira's {@link GroupManager} over the demo directory's groups.
 */
public final class JiraDirectoryGroups implements GroupManager {
    private final DemoDirectory directory;

    public JiraDirectoryGroups(DemoDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Group getGroup(String groupName) {
        return directory.groupExists(groupName) ? () -> groupName : null;
    }

    /** Jira's {@code getUserNamesInGroup(String)}: the members' user names (the demo directory has no nested groups). */
    @Override
    public Collection<String> getUserNamesInGroup(String groupName) {
        return directory.users().stream().filter(u -> u.isMemberOf(groupName)).map(DemoUser::username).toList();
    }
}
