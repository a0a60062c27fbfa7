package dev.kakehashi.transfer;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Port to the app's data as a whole: written as one document, read back from one, and the jobs that do it.
 */
public interface TransferStore {
    /** This instance's id as a source of documents; made once and kept. */
    String instanceId();

    /** Fixes what an export started now will write: rows added later are left out. */
    Export planExport();

    /** An export fixed by {@link #planExport}. */
    interface Export {
        long rows();

        void write(String product, String source, Instant exportedAt, OutputStream out, LongConsumer progress);
    }

    /**
     * Reads a document through and refuses it with a {@code Rejection} (400, a message for people) when it cannot be
     * imported here; nothing is written.
     *
     * @return the number of rows it holds
     */
    long check(Path document, String product, String ownInstanceId);

    /** Adds the rows of a checked document; returns {added, skipped}. */
    long[] importRows(Path document, LongConsumer progress);

    Optional<TransferJob> latest();

    Optional<TransferJob> job(long id);

    /** Records a new running job. */
    TransferJob start(TransferJob.Kind kind, String userKey, long rowsTotal, String fileName, Instant now);

    void progress(long id, long rowsDone, Instant now);

    void finish(long id, TransferJob.State state, long rowsAdded, String messageKey, Instant now);

    /** Removes all but the newest {@code keep} jobs; returns the file names of those removed. */
    List<String> prune(int keep);
}
