package dev.kakehashi.collaboration;

import java.time.LocalDate;

/**
 * Which requests to find: any combination of requesting and partner department (or a pair in either direction),
 * a range of steps, a kind and a due-date range (inclusive). Null means "any".
 */
public record RequestSearch(String from, String to, String eitherA, String eitherB, Integer minStep,
                            Integer maxStep, RequestKind kind, LocalDate dueFrom, LocalDate dueTo, int limit) {
    public static final int MAX_RESULTS = 10_000;

    public static RequestSearch any() {
        return new RequestSearch(null, null, null, null, null, null, null, null, null, MAX_RESULTS);
    }
}
