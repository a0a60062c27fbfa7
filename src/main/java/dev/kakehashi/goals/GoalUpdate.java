package dev.kakehashi.goals;

import java.time.Instant;

/**
 * One entry of a goal's history: the value of the number (or the milestones done) at that time, the status, a
 * comment, who wrote it and when. The first entry is written when the goal is created. An entry that hands the goal
 * to a new owner names that owner ({@code ownerKey}; null on every other entry).
 */
public record GoalUpdate(long goalId, int version, Kind kind, double value, int milestonesDone, GoalStatus status,
                         String comment, String authorKey, Instant at, String ownerKey) {
    public static final int COMMENT_MAX = 1000;

    /** Created, a progress update, a change of the details, or a change of the details that named a new owner. */
    public enum Kind { CREATED, PROGRESS, EDITED, OWNER }

    public GoalUpdate {
        comment = comment == null ? "" : comment;
    }

    /** An entry that names no new owner. */
    public GoalUpdate(long goalId, int version, Kind kind, double value, int milestonesDone, GoalStatus status,
                      String comment, String authorKey, Instant at) {
        this(goalId, version, kind, value, milestonesDone, status, comment, authorKey, at, null);
    }
}
