package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/**
 * Host declaration (compile only): a Confluence user with its stable key; only the members the plugin calls.
 * Mirrors confluence 8.7.2, com/atlassian/confluence/user/ConfluenceUser (ngannk-fptu/Decompiled-Files); Javadoc 8.9.3.
 */
public interface ConfluenceUser extends User {
    UserKey getKey();
}
