package dev.kakehashi.events;

import dev.kakehashi.insights.EventAttendance;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

/** The department map's events: public, announced events and the people checked in at them. */
public class PublicEventAttendance implements EventAttendance {
    /** Events one count reads at most (two years of events, about 130 a working day). */
    static final int MAX_EVENTS = 100_000;

    private final EventStore store;

    public PublicEventAttendance(EventStore store) {
        this.store = store;
    }

    @Override
    public void attended(Instant from, Instant to, BiConsumer<Instant, List<String>> sink) {
        for (EventStore.Held held : store.heldInPublic(from, to, MAX_EVENTS)) {
            if (!held.attendeeKeys().isEmpty()) {
                sink.accept(held.start(), held.attendeeKeys());
            }
        }
    }
}
