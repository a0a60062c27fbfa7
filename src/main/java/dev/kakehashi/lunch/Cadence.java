package dev.kakehashi.lunch;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** How often a programme's rounds come: every week, every other week, or once a month, on its weekday. */
public enum Cadence {
    WEEKLY("weekly"), BIWEEKLY("biweekly"), MONTHLY("monthly");

    private final String key;

    Cadence(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Cadence> ofKey(String key) {
        for (Cadence cadence : values()) {
            if (cadence.key.equals(key)) {
                return Optional.of(cadence);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a round falls on this day: the weekday, on or after {@code startsOn}; every other week counted from the
     * first such weekday; monthly on the month's first such weekday.
     */
    public boolean dueOn(LocalDate day, DayOfWeek weekday, LocalDate startsOn) {
        if (day.getDayOfWeek() != weekday || day.isBefore(startsOn)) {
            return false;
        }
        return switch (this) {
            case WEEKLY -> true;
            case BIWEEKLY -> ChronoUnit.WEEKS.between(firstOn(weekday, startsOn), day) % 2 == 0;
            case MONTHLY -> day.getDayOfMonth() <= 7;
        };
    }

    private static LocalDate firstOn(DayOfWeek weekday, LocalDate from) {
        return from.plusDays((weekday.getValue() - from.getDayOfWeek().getValue() + 7) % 7);
    }
}
