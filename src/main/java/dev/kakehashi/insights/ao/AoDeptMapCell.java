package dev.kakehashi.insights.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One figure row of the department map's aggregates (table AO_112619_DEPT_MAP_CELL), derived from the raw tables by
 * the nightly run and replaced as a whole by each run: a directed cell of one window ({@code PAIR} false: the figures
 * and the distinct people), an unordered pair of one window ({@code PAIR} true, {@code FROM_DEPT} the smaller key:
 * the distinct people of both directions and the last day of contact), or the run's marker ({@code WINDOW_KEY}
 * {@value #RUN}), which says when the run was. The index on the window serves a render's one read.
 */
@Table("DEPT_MAP_CELL")
public interface AoDeptMapCell extends Entity {
    String WINDOW_KEY = "WINDOW_KEY";
    String FROM_DEPT = "FROM_DEPT";
    String TO_DEPT = "TO_DEPT";
    String PAIR = "PAIR";
    String REQUESTS = "REQUESTS";
    String REQUESTS_DONE = "REQUESTS_DONE";
    String THANKS = "THANKS";
    String GOALS = "GOALS";
    String KNOWLEDGE = "KNOWLEDGE";
    String EVENTS = "EVENTS";
    String PEOPLE = "PEOPLE";
    String LAST_CONTACT = "LAST_CONTACT";
    String COMPUTED_AT = "COMPUTED_AT";
    String SELECT = String.join(", ", "ID", WINDOW_KEY, FROM_DEPT, TO_DEPT, PAIR, REQUESTS, REQUESTS_DONE, THANKS,
            GOALS, KNOWLEDGE, EVENTS, PEOPLE, LAST_CONTACT, COMPUTED_AT);
    /** The window key of the run's marker row. */
    String RUN = "RUN";

    /** D30, D90, D365 (ending the day before the run) or P30, P90, P365 (the windows before them), or RUN. */
    @NotNull
    @Indexed
    @StringLength(8)
    String getWindowKey();

    void setWindowKey(String key);

    @NotNull
    @StringLength(32)
    String getFromDept();

    void setFromDept(String key);

    @NotNull
    @StringLength(32)
    String getToDept();

    void setToDept(String key);

    @NotNull
    boolean isPair();

    void setPair(boolean pair);

    @NotNull
    int getRequests();

    void setRequests(int n);

    @NotNull
    int getRequestsDone();

    void setRequestsDone(int n);

    @NotNull
    int getThanks();

    void setThanks(int n);

    @NotNull
    int getGoals();

    void setGoals(int n);

    @NotNull
    int getKnowledge();

    void setKnowledge(int n);

    /** Public events people of both departments were checked in at; null in rows written before events counted. */
    Integer getEvents();

    void setEvents(Integer n);

    /** Distinct people the row's figures rest on. */
    @NotNull
    int getPeople();

    void setPeople(int n);

    /** A pair's last day of contact as yyyy-MM-dd within the days the run read; null for cells or no contact. */
    @StringLength(10)
    String getLastContact();

    void setLastContact(String day);

    /** When the run that wrote the row started, epoch milliseconds. */
    @NotNull
    long getComputedAt();

    void setComputedAt(long millis);
}
