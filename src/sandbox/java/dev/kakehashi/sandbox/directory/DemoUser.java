package dev.kakehashi.sandbox.directory;

import java.util.Locale;
import java.util.Set;

/**
 * A person of the demo directory; the password is the user name, and the key differs from the user name on purpose,
 * as in the hosts, so that code mixing the two fails in the sandbox.
 */
public record DemoUser(String key, String username, String fullName, String email, Locale locale, Set<String> groups) {
    public DemoUser {
        groups = Set.copyOf(groups);
    }

    public boolean isMemberOf(String group) {
        return groups.contains(group);
    }
}
