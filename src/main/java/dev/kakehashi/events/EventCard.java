package dev.kakehashi.events;

import java.time.Instant;
import java.util.List;

/** An event as a list shows it: read from the event's own row alone (its audience departments included). */
public record EventCard(long id, String title, EventFormat format, EventMode mode, Instant start, Instant end,
                        boolean privateEvent, boolean announced, List<String> audienceDepartments, boolean cancelled) {
    public EventCard {
        audienceDepartments = List.copyOf(audienceDepartments);
    }

    /** An event that is not cancelled. */
    public EventCard(long id, String title, EventFormat format, EventMode mode, Instant start, Instant end,
                     boolean privateEvent, boolean announced, List<String> audienceDepartments) {
        this(id, title, format, mode, start, end, privateEvent, announced, audienceDepartments, false);
    }
}
