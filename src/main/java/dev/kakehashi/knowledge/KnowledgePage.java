package dev.kakehashi.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A page created from one of the knowledge-sharing blueprints, as the logs list it: the page, its kind and space,
 * the title it was created with, the departments involved, the related request, the summary, the date, who created it
 * and when, and whether it was recorded on its request. {@code id} is the store's, 0 before it is stored.
 */
public record KnowledgePage(long id, long pageId, String spaceKey, KnowledgeKind kind, String title,
                            List<String> departments, String requestKey, String summary, LocalDate date,
                            String creatorKey, Instant createdAt, LinkState linkState) {
    public KnowledgePage {
        departments = List.copyOf(departments);
        summary = summary == null ? "" : summary;
    }

    public KnowledgePage withId(long newId) {
        return new KnowledgePage(newId, pageId, spaceKey, kind, title, departments, requestKey, summary, date,
                creatorKey, createdAt, linkState);
    }

    public KnowledgePage withLinkState(LinkState state) {
        return new KnowledgePage(id, pageId, spaceKey, kind, title, departments, requestKey, summary, date,
                creatorKey, createdAt, state);
    }
}
