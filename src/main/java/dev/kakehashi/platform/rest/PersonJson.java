package dev.kakehashi.platform.rest;

import dev.kakehashi.platform.Person;

/**
 * A person as the REST API shows them.
 */
public record PersonJson(String key, String username, String displayName, String avatarUrl) {
    public static PersonJson of(Person p) {
        return new PersonJson(p.key(), p.username(), p.displayName(), p.avatarUrl());
    }

    /** Someone the host no longer knows (a deleted user): shown by key, without a name or picture. */
    public static PersonJson unknown(String key) {
        return new PersonJson(key, null, key, null);
    }
}
