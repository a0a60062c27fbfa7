package com.atlassian.jira.security.plugin;

import java.util.Objects;

/**
 * Host declaration (compile only): the key of a project permission, compared by value.
 * Mirrors jira-api, com/atlassian/jira/security/plugin/ProjectPermissionKey (public final class, ctor(String), permissionKey()); Jira source in the public code index.
 */
public final class ProjectPermissionKey {
    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = Objects.requireNonNull(permissionKey, "permissionKey");
    }

    public String permissionKey() {
        return permissionKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectPermissionKey other && other.permissionKey.equals(permissionKey);
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
