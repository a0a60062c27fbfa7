package dev.kakehashi.sandbox.host;

import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.user.Group;
import dev.kakehashi.sandbox.directory.DemoDirectory;

/**
 * Confluence's {@link UserAccessor} over the demo directory's groups.
 */
public final class ConfluenceDirectoryGroups implements UserAccessor {
    private final DemoDirectory directory;

    public ConfluenceDirectoryGroups(DemoDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Group getGroup(String name) {
        return directory.groupExists(name) ? () -> name : null;
    }
}
