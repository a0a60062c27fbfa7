package dev.kakehashi.events;

import java.time.Instant;

/** An event as a list shows it: read from the event's own row alone. */
public record EventCard(long id, String title, EventFormat format, EventMode mode, Instant start, Instant end,
                        boolean privateEvent, boolean announced) {
}
