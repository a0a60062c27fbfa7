package dev.kakehashi.knowledge;

import java.util.List;

/**
 * One page of a log: the entries the reader may see, newest first, and the cursor of the next page (0 when there is
 * none).
 */
public record KnowledgeLog(List<Entry> entries, long next) {
    public KnowledgeLog {
        entries = List.copyOf(entries);
    }

    /** A page of the log with its current title and address. */
    public record Entry(KnowledgePage page, KnowledgePages.PageRef ref, boolean mayRetryLink) {
    }
}
