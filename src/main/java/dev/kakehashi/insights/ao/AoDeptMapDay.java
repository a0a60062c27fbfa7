package dev.kakehashi.insights.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The thanks and requests of one company day in one directed department cell (table AO_112619_DEPT_MAP_DAY), kept
 * by the nightly run for the last 730 days so that a run counts only the days that changed. Derived from THANKS and
 * COLLAB_REQUEST; not exported.
 */
@Table("DEPT_MAP_DAY")
public interface AoDeptMapDay extends Entity {
    String EPOCH_DAY = "EPOCH_DAY";
    String FROM_DEPT = "FROM_DEPT";
    String TO_DEPT = "TO_DEPT";
    String THANKS = "THANKS";
    String REQUESTS = "REQUESTS";
    String REQUESTS_DONE = "REQUESTS_DONE";

    /** The company day as days since 1970-01-01. */
    @NotNull
    @Indexed
    long getEpochDay();

    void setEpochDay(long day);

    @NotNull
    @StringLength(32)
    String getFromDept();

    void setFromDept(String key);

    @NotNull
    @StringLength(32)
    String getToDept();

    void setToDept(String key);

    @NotNull
    int getThanks();

    void setThanks(int thanks);

    @NotNull
    int getRequests();

    void setRequests(int requests);

    @NotNull
    int getRequestsDone();

    void setRequestsDone(int done);
}
