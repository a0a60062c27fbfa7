package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;

/**
 * Host declaration (compile only): Confluence's users and groups; only the members the plugin calls.
 * Mirrors confluence 8.7.2, com/atlassian/confluence/user/UserAccessor and ConfluenceUserResolver#getUserByKey (ngannk-fptu/Decompiled-Files).
 */
public interface UserAccessor {
    Group getGroup(String name);

    ConfluenceUser getUserByKey(UserKey key);
}
