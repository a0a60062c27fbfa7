package dev.kakehashi.collaboration;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who may change a request besides the people in its three roles, the project's administrators and Jira's
 * administrators: nobody else (the default), or also everyone Jira lets edit the issue.
 */
public enum ChangePolicy {
    ROLES("roles"),
    EDIT_ISSUES("edit-issues");

    private final String key;

    ChangePolicy(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<ChangePolicy> ofKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
