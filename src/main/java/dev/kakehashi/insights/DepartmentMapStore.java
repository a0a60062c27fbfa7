package dev.kakehashi.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;

/** The department map's aggregates, the raw contacts they come from and the minimum group setting. */
public interface DepartmentMapStore {
    /** The minimum group setting's default. */
    int DEFAULT_MINIMUM_GROUP = 5;

    /**
     * Passes every contact that meets the days {@code from} to {@code to} (company days in {@code zone}) to the sink:
     * requests opened, public active thanks given and knowledge pages written on those days, goals active on any of
     * them. Reads each raw table once.
     */
    void scan(LocalDate from, LocalDate to, ZoneId zone, Consumer<Contact> sink);

    /**
     * Counts every contact of the days {@code from} to {@code to} into the tally's periods, which lie inside those
     * days: the same figures as {@link #scan} into {@link Tally#add}, counted by the database where the store can.
     */
    default void count(LocalDate from, LocalDate to, ZoneId zone, Tally tally) {
        scan(from, to, zone, tally::add);
    }

    /**
     * As {@link #count}, for the nightly run: a store may keep per-day counts between runs and count only the days
     * whose rows changed; {@code rebuild} counts every day again.
     */
    default void countNightly(LocalDate from, LocalDate to, ZoneId zone, Tally tally, boolean rebuild) {
        count(from, to, zone, tally);
    }

    /** Replaces every stored aggregate with these windows' figures in one transaction. */
    void replace(Map<String, PeriodFigures> windows, Instant computedAt);

    /** The stored figures of the named windows (absent ones are empty) and when they were computed, in one read. */
    Stored read(String... windows);

    /** The stored figures; {@code computedAt} null when no run has stored any. */
    record Stored(Map<String, PeriodFigures> windows, Instant computedAt) {
        public PeriodFigures window(String key) {
            return windows.getOrDefault(key, PeriodFigures.NONE);
        }
    }

    /** The minimum group an administrator chose, or {@link #DEFAULT_MINIMUM_GROUP}. */
    int minimumGroup();

    void saveMinimumGroup(int k);
}
