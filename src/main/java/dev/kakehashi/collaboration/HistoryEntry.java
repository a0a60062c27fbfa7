package dev.kakehashi.collaboration;

import java.time.Instant;

/**
 * One thing that happened to a request: who did it and when, for a step change the steps before and after, and for
 * a results page shared in Confluence its address and title (both empty otherwise).
 */
public record HistoryEntry(long issueId, Event event, Step from, Step to, String actorKey, Instant at, String link,
                           String title) {
    /** What happened. */
    public enum Event { CREATED, ADVANCED, STEPPED_BACK, DETAILS_CHANGED, RESULT_SHARED, RESOLVED, FOLLOW_UP_PROPOSED,
        RESULT_PAGE }

    public HistoryEntry {
        link = link == null ? "" : link;
        title = title == null ? "" : title;
    }

    /** An entry without a page. */
    public HistoryEntry(long issueId, Event event, Step from, Step to, String actorKey, Instant at) {
        this(issueId, event, from, to, actorKey, at, "", "");
    }
}
