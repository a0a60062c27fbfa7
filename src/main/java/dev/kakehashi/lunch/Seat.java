package dev.kakehashi.lunch;

import java.util.List;

/**
 * A person's place in a round: the group's number, their departments at the time (for the round's figures), the
 * conversation starter of the group, and their answer to "did you meet?" (null until they answer).
 */
public record Seat(long roundId, int group, String userKey, List<String> departments, int starter, Boolean met) {
    public Seat {
        departments = List.copyOf(departments);
    }
}
