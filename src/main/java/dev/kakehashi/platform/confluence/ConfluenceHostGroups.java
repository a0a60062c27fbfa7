package dev.kakehashi.platform.confluence;

import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.user.Group;
import dev.kakehashi.platform.HostGroups;
import java.util.List;

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

    @Override
    public List<String> memberNames(String groupName) {
        Group group = userAccessor.getGroup(groupName);
        if (group == null) {
            return List.of();
        }
        List<String> names = userAccessor.getMemberNamesAsList(group);
        return names == null ? List.of() : List.copyOf(names);
    }
}
