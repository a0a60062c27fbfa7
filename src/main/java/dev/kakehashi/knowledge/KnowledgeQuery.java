package dev.kakehashi.knowledge;

/**
 * Which pages a log shows: one kind, in one space (null: every space), optionally only those naming a department,
 * newest first, older than the cursor {@code before} (a store id; 0 for the newest), at most {@code limit}.
 */
public record KnowledgeQuery(KnowledgeKind kind, String spaceKey, String departmentKey, long before, int limit) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;

    public KnowledgeQuery {
        limit = Math.max(1, Math.min(MAX_LIMIT, limit));
        before = Math.max(0, before);
    }

    public KnowledgeQuery after(long cursor, int size) {
        return new KnowledgeQuery(kind, spaceKey, departmentKey, cursor, size);
    }
}
