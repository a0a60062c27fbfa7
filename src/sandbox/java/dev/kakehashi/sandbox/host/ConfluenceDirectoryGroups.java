package dev.kakehashi.sandbox.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
import java.util.List;

/**
 * Confluence's {@link UserAccessor} over the demo directory's groups and users.
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

    /** Confluence's {@code UserAccessor#getUserByKey(UserKey)}: the user of this key, or null. */
    public ConfluenceUser getUserByKey(UserKey key) {
        return key == null ? null : directory.byKey(key.getStringValue()).map(ConfluenceUserOf::new).orElse(null);
    }

    /** Confluence's {@code getMemberNamesAsList(Group)}: the members' user names (no nested groups in the sandbox). */
    @Override
    public List<String> getMemberNamesAsList(Group group) {
        return group == null ? List.of() : directory.users().stream().filter(u -> u.isMemberOf(group.getName()))
                .map(DemoUser::username).toList();
    }
}
