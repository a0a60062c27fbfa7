package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/**
 * Host declaration (compile only): the stable key of a user.
 * Mirrors SAL 5.1.4, com/atlassian/sal/api/user/UserKey (ngannk-fptu/Decompiled-Files).
 */
public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey && ((UserKey) o).userkey.equals(userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    @Override
    public String toString() {
        return userkey;
    }
}
