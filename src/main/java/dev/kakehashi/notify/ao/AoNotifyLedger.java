package dev.kakehashi.notify.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One thing scheduled work has done for one period (table AO_112619_NOTIFY_LEDGER), such as
 * {@code overdue:10100:2026-12-07:JIRAUSER10002}; the unique key makes a second claim fail on every database.
 */
@Table("NOTIFY_LEDGER")
public interface AoNotifyLedger extends Entity {
    String ENTRY_KEY = "ENTRY_KEY";
    String DONE_AT = "DONE_AT";

    /** 190 characters keeps the unique index within MySQL's utf8mb4 key limit. */
    @NotNull
    @Unique
    @StringLength(190)
    String getEntryKey();

    void setEntryKey(String key);

    /** When it was done, milliseconds since the epoch; old entries are forgotten by this. */
    @NotNull
    @Indexed
    long getDoneAt();

    void setDoneAt(long at);
}
