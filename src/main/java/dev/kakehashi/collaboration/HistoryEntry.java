package dev.kakehashi.collaboration;

import java.time.Instant;
import java.util.List;

/**
 * One thing that happened to a request: who did it and when, for a step change the steps before and after, for a
 * results page shared in Confluence (or one the partner was thanked on) its address and title, for a proposed follow-up its issue id (as text, in
 * {@code link}) and summary, and for changed details each changed field before and after (empty otherwise).
 */
public record HistoryEntry(long issueId, Event event, Step from, Step to, String actorKey, Instant at, String link,
                           String title, List<FieldChange> changes) {
    /** What happened. */
    public enum Event { CREATED, ADVANCED, STEPPED_BACK, DETAILS_CHANGED, RESULT_SHARED, RESOLVED, FOLLOW_UP_PROPOSED,
        RESULT_PAGE,
        /** The partner department was thanked publicly on a results page recorded here ({@code link}, {@code title}). */
        PAGE_THANKS }

    /**
     * One changed field of the details, as stored: department and person keys, the kind's key, a date as
     * {@code yyyy-MM-dd}, text as written; empty for none.
     */
    public record FieldChange(String field, String before, String after) {
        public FieldChange {
            before = before == null ? "" : before;
            after = after == null ? "" : after;
        }
    }

    public HistoryEntry {
        link = link == null ? "" : link;
        title = title == null ? "" : title;
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** An entry with a page (or a follow-up) and no changed fields. */
    public HistoryEntry(long issueId, Event event, Step from, Step to, String actorKey, Instant at, String link,
                        String title) {
        this(issueId, event, from, to, actorKey, at, link, title, List.of());
    }

    /** An entry without a page. */
    public HistoryEntry(long issueId, Event event, Step from, Step to, String actorKey, Instant at) {
        this(issueId, event, from, to, actorKey, at, "", "", List.of());
    }

    /** The follow-up's issue id of a {@link Event#FOLLOW_UP_PROPOSED} entry; 0 when it names none. */
    public long followUpIssueId() {
        if (event != Event.FOLLOW_UP_PROPOSED || !link.matches("[1-9][0-9]{0,18}")) {
            return 0;
        }
        return Long.parseLong(link);
    }
}
