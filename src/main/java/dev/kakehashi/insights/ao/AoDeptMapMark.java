package dev.kakehashi.insights.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * What the raw rows of one company day looked like when the nightly run last counted it (table
 * AO_112619_DEPT_MAP_MARK): a fingerprint of the day's thanks (count, ids, the ids of public active ones, the last
 * state change) and requests (count, ids, versions, the last update). A day whose fingerprint differs is counted
 * again. The row with {@code EPOCH_DAY} {@value #THROUGH} names the last day counted; the row {@value #STATE} holds
 * what the last run saw of the raw tables (its start, the highest ids, the row counts, the day of the last check of
 * every fingerprint). Derived; not exported.
 */
@Table("DEPT_MAP_MARK")
public interface AoDeptMapMark extends Entity {
    String EPOCH_DAY = "EPOCH_DAY";
    String FINGERPRINT = "FINGERPRINT";
    /** The {@code EPOCH_DAY} of the row whose fingerprint is the last day counted. */
    long THROUGH = -1;
    /** The {@code EPOCH_DAY} of the row whose fingerprint is the state of the last run. */
    long STATE = -2;

    @NotNull
    long getEpochDay();

    void setEpochDay(long day);

    @NotNull
    @StringLength(200)
    String getFingerprint();

    void setFingerprint(String fingerprint);
}
