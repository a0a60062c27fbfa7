package dev.kakehashi.transfer.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One export or import and how far it got (table AO_112619_TRANSFER_JOB), readable from every node. Only the newest
 * jobs are kept (see {@code AoTransferJobs.KEPT}).
 */
@Table("TRANSFER_JOB")
public interface AoTransferJob extends Entity {
    String STATE = "STATE";
    String HEARTBEAT_AT = "HEARTBEAT_AT";

    /** {@code export} or {@code import}. */
    @NotNull
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    /** {@code running}, {@code done} or {@code failed}. */
    @NotNull
    @StringLength(16)
    String getState();

    void setState(String state);

    /** The administrator who started it (user key). */
    @NotNull
    @StringLength(190)
    String getStartedBy();

    void setStartedBy(String userKey);

    @NotNull
    long getStartedAt();

    void setStartedAt(long millis);

    /** Last sign of life of the node running it; a running job silent for long is taken as dead. */
    @NotNull
    long getHeartbeatAt();

    void setHeartbeatAt(long millis);

    @NotNull
    long getRowsDone();

    void setRowsDone(long rows);

    @NotNull
    long getRowsTotal();

    void setRowsTotal(long rows);

    /** Rows an import added (the rest were there already). */
    @NotNull
    long getRowsAdded();

    void setRowsAdded(long rows);

    /** The document's file name in the shared home's transfer folder. */
    @StringLength(100)
    String getFileName();

    void setFileName(String name);

    /** Why it failed: an i18n key. */
    @StringLength(100)
    String getMessageKey();

    void setMessageKey(String key);
}
