package dev.kakehashi.events.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The Jira request in which an event's organisers prepare it (table AO_112619_EVENT_PREP): one per event. */
@Table("EVENT_PREP")
public interface AoEventPreparation extends Entity {
    String EVENT_ID = "EVENT_ID";
    String ROW_KEY = "ROW_KEY";
    String ISSUE_KEY = "ISSUE_KEY";
    String CREATED_BY = "CREATED_BY";
    String CREATED_AT = "CREATED_AT";
    String SELECT = String.join(", ", "ID", EVENT_ID, ROW_KEY, ISSUE_KEY, CREATED_BY, CREATED_AT);

    /** The ID of the event's row in EVENT. */
    @NotNull
    @Indexed
    int getEventId();

    void setEventId(int eventId);

    /** {@code <event id>:preparation}, unique: two organisers, on two nodes, cannot record two requests. */
    @NotNull
    @Unique
    @StringLength(64)
    String getRowKey();

    void setRowKey(String key);

    /** The Jira issue's key, as Jira answered it. */
    @NotNull
    @StringLength(255)
    String getIssueKey();

    void setIssueKey(String key);

    /** The organiser who created it (a user key). */
    @NotNull
    @StringLength(190)
    String getCreatedBy();

    void setCreatedBy(String key);

    /** When, in milliseconds since 1970. */
    @NotNull
    long getCreatedAt();

    void setCreatedAt(long millis);
}
