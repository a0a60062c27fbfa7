package dev.kakehashi.transfer;

import java.nio.file.Path;

/**
 * Port to where the documents of exports and imports are kept, and which product this is.
 */
public interface TransferHome {
    /** A folder every node of the cluster reads and writes (the shared home). */
    Path folder();

    /** {@code jira} or {@code confluence}. */
    String product();
}
