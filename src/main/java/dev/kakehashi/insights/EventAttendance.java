package dev.kakehashi.insights;

import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Port to the events the department map counts: public, announced events (those everyone logged in may see), with
 * the people checked in at them. Private events and events never announced do not count on the map.
 */
public interface EventAttendance {
    /** No events (a host without them, and tests of the other contacts). */
    EventAttendance NONE = (from, to, sink) -> {
    };

    /** Every such event that began at or after {@code from} and before {@code to}: its start and its attendees. */
    void attended(Instant from, Instant to, BiConsumer<Instant, List<String>> sink);
}
