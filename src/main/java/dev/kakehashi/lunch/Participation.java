package dev.kakehashi.lunch;

import java.time.LocalDate;

/** Whether a person takes part in a programme, and until when they are snoozed (null when not). */
public record Participation(String programmeKey, String userKey, boolean optedIn, LocalDate snoozedUntil) {
    /** Whether they are in the round held on {@code day}: opted in, and not snoozed through that day. */
    public boolean joins(LocalDate day) {
        return optedIn && (snoozedUntil == null || snoozedUntil.isBefore(day));
    }
}
