package dev.kakehashi.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days a department map covers, both ends included, in the company's time zone: one of the standard windows
 * (30, 90 or 365 days ending yesterday, kept by the nightly aggregation) or a custom range of
 * {@link #MIN_CUSTOM_DAYS} to {@link #MAX_DAYS} days ending yesterday at the latest, computed on demand.
 */
public record MapPeriod(LocalDate from, LocalDate to, boolean standard) {
    /** The standard windows, in days. */
    public static final int[] STANDARD_DAYS = {30, 90, 365};
    /** The standard window when none is asked for. */
    public static final int DEFAULT_DAYS = 90;
    /** The longest custom range (two years and a day). */
    public static final int MAX_DAYS = 731;
    /** The shortest custom range: shorter ones, overlapped, would tell single contacts apart. */
    public static final int MIN_CUSTOM_DAYS = 30;

    public MapPeriod {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from after to");
        }
    }

    /** The standard window of {@code days} days ending the day before {@code today}. */
    public static MapPeriod standard(int days, LocalDate today) {
        if (!isStandard(days)) {
            throw new IllegalArgumentException("not a standard window: " + days);
        }
        LocalDate to = today.minusDays(1);
        return new MapPeriod(to.minusDays(days - 1L), to, true);
    }

    /** A custom range, both ends included. */
    public static MapPeriod custom(LocalDate from, LocalDate to) {
        return new MapPeriod(from, to, false);
    }

    public static boolean isStandard(int days) {
        for (int d : STANDARD_DAYS) {
            if (d == days) {
                return true;
            }
        }
        return false;
    }

    /** How many days the period covers. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length just before this one. */
    public MapPeriod previous() {
        return new MapPeriod(from.minusDays(days()), from.minusDays(1), standard);
    }

    /** Whether the day lies in the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether the days {@code start} to {@code end} (both included, end may be null for open) meet the period. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(to) && (end == null || !end.isBefore(from));
    }

    /** The name the stored aggregates use for a standard window: {@code D90}, its previous window {@code P90}. */
    public static String windowKey(int days, boolean previous) {
        return (previous ? "P" : "D") + days;
    }
}
