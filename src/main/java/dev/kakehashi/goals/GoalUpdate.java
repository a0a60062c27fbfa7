package dev.kakehashi.goals;

import java.time.Instant;

/**
 * One entry of a goal's history: the value of the number (or the milestones done) at that time, the status, a
 * comment, who wrote it and when. The first entry is written when the goal is created.
 */
public record GoalUpdate(long goalId, int version, Kind kind, double value, int milestonesDone, GoalStatus status,
                         String comment, String authorKey, Instant at) {
    public static final int COMMENT_MAX = 1000;

    /** Created, a progress update, or a change of the details. */
    public enum Kind { CREATED, PROGRESS, EDITED }

    public GoalUpdate {
        comment = comment == null ? "" : comment;
    }
}
