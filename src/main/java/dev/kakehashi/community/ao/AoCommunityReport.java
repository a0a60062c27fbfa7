package dev.kakehashi.community.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A community's monthly report (table AO_112619_COMMUNITY_REPORT), one per month: its unique
 * {@code COMMUNITY_MONTH} lets only one node write it. The departments reached are lines {@code key=people}.
 */
@Table("COMMUNITY_REPORT")
public interface AoCommunityReport extends Entity {
    String COMMUNITY_ID = "COMMUNITY_ID";
    String REPORT_MONTH = "REPORT_MONTH";
    String COMMUNITY_MONTH = "COMMUNITY_MONTH";
    String SESSIONS_ONLINE = "SESSIONS_ONLINE";
    String SESSIONS_OFFLINE = "SESSIONS_OFFLINE";
    String ATTENDANCES = "ATTENDANCES";
    String UNIQUE_PEOPLE = "UNIQUE_PEOPLE";
    String DEPARTMENTS = "DEPARTMENTS";
    String REPEAT_PERCENT = "REPEAT_PERCENT";
    String WRITTEN_AT = "WRITTEN_AT";
    String KINDS = "KINDS";
    String SELECT = String.join(", ", "ID", COMMUNITY_ID, REPORT_MONTH, COMMUNITY_MONTH, SESSIONS_ONLINE,
            SESSIONS_OFFLINE, ATTENDANCES, UNIQUE_PEOPLE, DEPARTMENTS, REPEAT_PERCENT, WRITTEN_AT, KINDS);

    /** The community's row id. */
    @NotNull
    @Indexed
    int getCommunityId();

    void setCommunityId(int id);

    /** The month, YYYY-MM (sorts as text; room for 10 characters as the app's other day columns). */
    @NotNull
    @StringLength(10)
    String getReportMonth();

    void setReportMonth(String month);

    /** {@code <community id>:<month>}, unique. */
    @NotNull
    @Unique
    @StringLength(32)
    String getCommunityMonth();

    void setCommunityMonth(String value);

    @NotNull
    int getSessionsOnline();

    void setSessionsOnline(int count);

    @NotNull
    int getSessionsOffline();

    void setSessionsOffline(int count);

    /** Attendances: one per person per session. */
    @NotNull
    int getAttendances();

    void setAttendances(int count);

    /** Distinct people who attended in the month. */
    @NotNull
    int getUniquePeople();

    void setUniquePeople(int count);

    /**
     * Sessions by kind, lines {@code kind=sessions} ({@code recorded}, {@code lunch} …); null in a report written
     * before kinds were counted (a column added later must be nullable for the host's migration).
     */
    @StringLength(StringLength.UNLIMITED)
    String getKinds();

    void setKinds(String lines);

    /** Departments reached with at least k people, lines {@code key=people}. */
    @StringLength(StringLength.UNLIMITED)
    String getDepartments();

    void setDepartments(String lines);

    /** Share of the month's people who had attended before, in percent. */
    @NotNull
    int getRepeatPercent();

    void setRepeatPercent(int percent);

    /** When it was written, in milliseconds since 1970 (UTC). */
    @NotNull
    long getWrittenAt();

    void setWrittenAt(long millis);
}
