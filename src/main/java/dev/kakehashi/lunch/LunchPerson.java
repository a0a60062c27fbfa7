package dev.kakehashi.lunch;

import java.util.Set;

/** A person taking part in a round: their user key and the keys of the departments they belong to (maybe none). */
public record LunchPerson(String userKey, Set<String> departments) {
    public LunchPerson {
        departments = Set.copyOf(departments);
    }
}
