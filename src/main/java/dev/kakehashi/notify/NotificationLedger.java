package dev.kakehashi.notify;

import java.time.Instant;

/**
 * Port to the record of what scheduled work has already done, one entry per thing and period (such as "the reminder
 * for request 10100 on 2026-12-07 to user X"), so that a second run in the same period, on any node, sends nothing.
 */
public interface NotificationLedger {
    /** Longest entry key. */
    int KEY_MAX = 190;

    /**
     * Records the entry and returns true, or returns false when it is recorded already (by this run or another one).
     * Atomic across the cluster: of two runs claiming one entry, one gets true.
     */
    boolean claim(String key, Instant at);

    /** Whether the entry is recorded; a read only, for work that claims its entry once it is done. */
    boolean recorded(String key);

    /** Forgets one entry, claimed for work that then failed, so that a later run may claim it again. */
    void release(String key);

    /** Forgets the entries recorded before the time; returns how many. */
    int forgetBefore(Instant before);
}
