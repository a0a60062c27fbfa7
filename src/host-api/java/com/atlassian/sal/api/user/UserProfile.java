package com.atlassian.sal.api.user;

import java.net.URI;

/**
 * Host declaration (compile only): a user's public profile.
 * Mirrors SAL 5.1.4, com/atlassian/sal/api/user/UserProfile (ngannk-fptu/Decompiled-Files).
 */
public interface UserProfile {
    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();

    URI getProfilePictureUri(int width, int height);

    URI getProfilePictureUri();

    URI getProfilePageUri();
}
