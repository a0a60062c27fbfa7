package dev.kakehashi.notify;

import java.util.Optional;

/**
 * Port to the host's users as mail recipients.
 */
public interface Recipients {
    /** The person with this key, empty when the host does not know them. */
    Optional<Recipient> byKey(String userKey);
}
