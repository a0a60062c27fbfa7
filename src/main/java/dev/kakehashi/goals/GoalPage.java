package dev.kakehashi.goals;

import java.util.List;

/**
 * One page of goals for a reader, with how many there are in all (those the reader may see).
 */
public record GoalPage(List<GoalView> items, int total, int offset, int limit) {
    public GoalPage {
        items = List.copyOf(items);
    }
}
