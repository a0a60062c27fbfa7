package dev.kakehashi.events;

import java.time.Instant;
import java.util.List;

/**
 * An event as a list shows it: read from the event's own row alone (its audience included: department keys,
 * {@code site:<key>}, {@code cohort:<key>}).
 */
public record EventCard(long id, String title, EventFormat format, EventMode mode, Instant start, Instant end,
                        boolean privateEvent, boolean announced, List<String> audience, boolean cancelled) {
    public EventCard {
        audience = List.copyOf(audience);
    }

    /** An event that is not cancelled. */
    public EventCard(long id, String title, EventFormat format, EventMode mode, Instant start, Instant end,
                     boolean privateEvent, boolean announced, List<String> audience) {
        this(id, title, format, mode, start, end, privateEvent, announced, audience, false);
    }
}
