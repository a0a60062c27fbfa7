package dev.kakehashi.lunch;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One round of a programme, held once for its date, and what its groups could not keep: repeated pairs, groups below
 * the minimum of departments, pairs kept apart who had to share a group, people left out (one person alone).
 */
public record Round(long id, String programmeKey, LocalDate date, long seed, int people, int groups,
                    int repeatedPairs, int groupsBelowMinimum, int apartTogether, int leftOut, boolean asked,
                    Instant formedAt) {
    public boolean clean() {
        return repeatedPairs == 0 && groupsBelowMinimum == 0 && apartTogether == 0 && leftOut == 0;
    }

    /** This round with its id. */
    public Round withId(long newId) {
        return new Round(newId, programmeKey, date, seed, people, groups, repeatedPairs, groupsBelowMinimum,
                apartTogether, leftOut, asked, formedAt);
    }
}
