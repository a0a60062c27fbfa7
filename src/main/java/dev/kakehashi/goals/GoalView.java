package dev.kakehashi.goals;

import java.time.LocalDate;
import java.util.List;

/**
 * A goal as one reader sees it: its progress, whether its review is overdue and when the next is due, whether the
 * reader may change it and post updates, and its recent history (oldest first).
 */
public record GoalView(Goal goal, String spaceName, double progress, boolean reviewOverdue, LocalDate nextReview,
                       boolean canEdit, List<GoalUpdate> history) {
    public GoalView {
        history = List.copyOf(history);
    }

    /** The latest entry of the history, or null. */
    public GoalUpdate latest() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }
}
