package dev.kakehashi.platform.confluence;

import com.atlassian.confluence.user.UserAccessor;
import dev.kakehashi.platform.HostGroups;

/**
 * Host groups as Confluence's user directories know them.
 */
public class ConfluenceHostGroups implements HostGroups {
    private final UserAccessor userAccessor;

    public ConfluenceHostGroups(UserAccessor userAccessor) {
        this.userAccessor = userAccessor;
    }

    @Override
    public boolean exists(String groupName) {
        return userAccessor.getGroup(groupName) != null;
    }
}
