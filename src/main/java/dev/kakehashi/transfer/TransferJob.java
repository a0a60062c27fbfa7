package dev.kakehashi.transfer;

import java.time.Instant;

/**
 * One export or import as the admin page shows it: how far it got and how it ended.
 *
 * @param fileName   the document's name in the transfer folder (never shown)
 * @param messageKey why it failed, an i18n key; null otherwise
 */
public record TransferJob(long id, Kind kind, State state, String startedBy, Instant startedAt, Instant heartbeatAt,
                          long rowsDone, long rowsTotal, long rowsAdded, String fileName, String messageKey) {
    /** What a job does. */
    public enum Kind {
        EXPORT, IMPORT
    }

    /** Where a job stands. */
    public enum State {
        RUNNING, DONE, FAILED
    }

    /** Whole percent done, 0 to 100. */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return rowsTotal <= 0 ? 0 : (int) Math.min(99, rowsDone * 100 / rowsTotal);
    }
}
