package dev.kakehashi.collaboration;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which requests to find: any combination of requesting and partner department (or a pair in either direction),
 * a range of steps, any of some kinds and a due-date range (inclusive). Null, or no kinds, means "any".
 */
public record RequestSearch(String from, String to, String eitherA, String eitherB, Integer minStep,
                            Integer maxStep, Set<RequestKind> kinds, LocalDate dueFrom, LocalDate dueTo, int limit) {
    public static final int MAX_RESULTS = 10_000;

    public RequestSearch {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public static RequestSearch any() {
        return new RequestSearch(null, null, null, null, null, null, Set.of(), null, null, MAX_RESULTS);
    }
}
