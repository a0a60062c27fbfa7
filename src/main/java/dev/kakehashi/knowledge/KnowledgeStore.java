package dev.kakehashi.knowledge;

import java.util.List;
import java.util.Optional;

/** Port to where the knowledge-sharing pages are kept for the logs. */
public interface KnowledgeStore {
    /** Stores a page once: when the page is already stored, returns what was stored first. */
    KnowledgePage insert(KnowledgePage page);

    Optional<KnowledgePage> find(long pageId);

    void setLinkState(long pageId, LinkState state);

    /** The pages of the query, newest first (by store id), at most its limit. */
    List<KnowledgePage> list(KnowledgeQuery query);
}
