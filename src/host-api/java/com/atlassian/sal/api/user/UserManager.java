package com.atlassian.sal.api.user;

/**
 * Host declaration (compile only): who is calling and what they may do; only the members the plugin calls.
 * Mirrors SAL 5.1.4, com/atlassian/sal/api/user/UserManager (ngannk-fptu/Decompiled-Files).
 */
public interface UserManager {
    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    UserProfile getUserProfile(UserKey userKey);

    UserProfile getUserProfile(String username);

    boolean isUserInGroup(UserKey userKey, String group);

    boolean isSystemAdmin(UserKey userKey);

    boolean isAdmin(UserKey userKey);
}
