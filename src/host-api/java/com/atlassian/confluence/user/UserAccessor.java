package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;
import java.util.List;

/**
 * Host declaration (compile only): Confluence's users and groups; only the members the plugin calls.
 * Mirrors confluence 8.7.2, com/atlassian/confluence/user/UserAccessor and ConfluenceUserResolver#getUserByKey (ngannk-fptu/Decompiled-Files).
 */
public interface UserAccessor {
    Group getGroup(String name);

    ConfluenceUser getUserByKey(UserKey key);

    /** The user names of the group's members (DF 8.7.2 UserAccessor, from GroupMembershipAccessor; HOST-FACTS §22). */
    List<String> getMemberNamesAsList(Group group);
}
