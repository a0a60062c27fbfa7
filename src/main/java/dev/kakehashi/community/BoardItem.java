package dev.kakehashi.community;

import java.time.Instant;

/**
 * An output on the community's board: a Confluence page (by id) or an address within the host, with a title, what
 * kind of output it is, and who added it when.
 */
public record BoardItem(int id, int communityId, Kind kind, Long pageId, String url, String title, String addedBy,
                        Instant addedAt) {
    /** Knowledge page, notes of a session, an answer to a question. */
    public enum Kind {
        KNOWLEDGE, SESSION_NOTES, ANSWER
    }
}
