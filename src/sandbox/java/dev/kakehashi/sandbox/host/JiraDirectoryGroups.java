package dev.kakehashi.sandbox.host;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.security.groups.GroupManager;
import dev.kakehashi.sandbox.directory.DemoDirectory;

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
}
