package com.atlassian.user;

import java.security.Principal;

/**
 * Host declaration (compile only): a Confluence user as atlassian-user sees it; getName comes from Entity; only the members the plugin calls.
 * Mirrors atlassian-user 3.0, com/atlassian/user/User (ngannk-fptu/Decompiled-Files, Confluence 8.7.2).
 */
public interface User extends Entity, Principal {
    String getFullName();
}
