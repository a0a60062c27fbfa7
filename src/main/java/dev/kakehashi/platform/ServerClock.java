package dev.kakehashi.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The server's clock in its default time zone, as the one {@link Clock} of the plugin's context: services take a
 * {@code Clock} in their single constructor, which the host's autowiring needs, and tests give them a fixed one.
 * (The JDK's clocks come from factory methods, which the component index cannot name.)
 */
public final class ServerClock extends Clock {
    private final Clock system = Clock.systemDefaultZone();

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return system.withZone(zone);
    }

    @Override
    public Instant instant() {
        return system.instant();
    }
}
