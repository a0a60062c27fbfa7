package dev.kakehashi.goals;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How often the people of a goal review it together.
 */
public enum Cadence {
    WEEKLY("weekly"),
    BIWEEKLY("biweekly"),
    MONTHLY("monthly");

    private final String key;

    Cadence(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The day the next review is due after a review on this day. */
    public LocalDate next(LocalDate reviewed) {
        return switch (this) {
            case WEEKLY -> reviewed.plusWeeks(1);
            case BIWEEKLY -> reviewed.plusWeeks(2);
            case MONTHLY -> reviewed.plusMonths(1);
        };
    }

    public static Optional<Cadence> ofKey(String key) {
        for (Cadence cadence : values()) {
            if (cadence.key.equals(key)) {
                return Optional.of(cadence);
            }
        }
        return Optional.empty();
    }
}
