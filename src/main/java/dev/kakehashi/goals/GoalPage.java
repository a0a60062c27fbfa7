package dev.kakehashi.goals;

import java.util.List;

/**
 * One page of goals for a reader, with how many there are in all (those the reader may see); {@code capped} when more
 * goals matched than one list considers, so the total is a lower bound.
 */
public record GoalPage(List<GoalView> items, int total, int offset, int limit, boolean capped) {
    public GoalPage {
        items = List.copyOf(items);
    }
}
