package dev.kakehashi.thanks.rest;

import dev.kakehashi.platform.Person;

/**
 * A person as the thanks API shows them.
 */
public record PersonJson(String key, String username, String displayName, String avatarUrl) {
    static PersonJson of(Person p) {
        return new PersonJson(p.key(), p.username(), p.displayName(), p.avatarUrl());
    }

    /** Someone the host no longer knows (a deleted user): shown by key, without a name or picture. */
    static PersonJson unknown(String key) {
        return new PersonJson(key, null, key, null);
    }
}
