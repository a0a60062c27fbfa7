package dev.kakehashi.platform;

import java.util.Optional;

/**
 * Port to the host's users: who is calling, who a person is, which host groups they belong to.
 */
public interface People {
    /** The person making the current request, empty when anonymous. */
    Optional<Person> currentUser();

    /** The person with this stable key, empty when the host does not know them. */
    Optional<Person> byKey(String userKey);

    /** The person with this user name (what people type), empty when the host does not know them. */
    Optional<Person> byUsername(String username);

    boolean isAdmin(String userKey);

    boolean isInGroup(String userKey, String group);
}
