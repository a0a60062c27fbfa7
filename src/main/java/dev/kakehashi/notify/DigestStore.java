package dev.kakehashi.notify;

import java.time.Instant;
import java.util.List;

/**
 * Port to the notifications kept for people who chose one daily digest: each is the single email they would have got,
 * written in their language when it happened, kept until the digest is sent.
 */
public interface DigestStore {
    /** One kept notification. */
    record Entry(long id, String userKey, NotificationKind kind, String subject, String body, Instant createdAt) {
    }

    void add(String userKey, NotificationKind kind, String subject, String body, Instant at);

    /** The people with kept notifications, at most {@code limit}. */
    List<String> waiting(int limit);

    /** A person's kept notifications, oldest first, at most {@code limit}. */
    List<Entry> entries(String userKey, int limit);

    void delete(List<Long> ids);
}
