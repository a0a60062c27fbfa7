package dev.kakehashi.collaboration;

import java.time.Instant;

/**
 * One thing that happened to a request: who did it and when, and for a step change the steps before and after.
 */
public record HistoryEntry(long issueId, Event event, Step from, Step to, String actorKey, Instant at) {
    /** What happened. */
    public enum Event { CREATED, ADVANCED, STEPPED_BACK, DETAILS_CHANGED, RESULT_SHARED, RESOLVED, FOLLOW_UP_PROPOSED }
}
