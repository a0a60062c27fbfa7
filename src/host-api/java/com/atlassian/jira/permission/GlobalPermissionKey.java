package com.atlassian.jira.permission;

/**
 * Host declaration (compile only): the identifier of a Jira global permission; only the constant the plugin uses.
 * Mirrors jira-api (since 6.2.5), com.atlassian.jira.permission.GlobalPermissionKey#ADMINISTER — HOST-FACTS §22.
 */
public final class GlobalPermissionKey {
    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }
}
