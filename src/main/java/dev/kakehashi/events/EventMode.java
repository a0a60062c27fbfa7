package dev.kakehashi.events;

import java.util.Locale;
import java.util.Optional;

/** Where an event happens: online (a link), offline (a place) or both. */
public enum EventMode {
    ONLINE, OFFLINE, HYBRID;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String nameKey() {
        return "kakehashi.events.mode." + key();
    }

    /** Whether people join through a link. */
    public boolean online() {
        return this != OFFLINE;
    }

    /** Whether people meet at a place. */
    public boolean offline() {
        return this != ONLINE;
    }

    public static Optional<EventMode> ofKey(String key) {
        for (EventMode mode : values()) {
            if (mode.key().equals(key)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
