package dev.kakehashi.profiles;

import java.time.LocalDate;

/**
 * One current challenge of a department: what it is, since when, and the day by which its contacts look at it again.
 * Once that day has passed without a change, the challenge is stale.
 */
public record Challenge(String text, LocalDate since, LocalDate reviewBy) implements java.io.Serializable {
    /** Whether the review day lies before {@code today}. */
    public boolean staleOn(LocalDate today) {
        return reviewBy.isBefore(today);
    }
}
