package dev.kakehashi.events.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A personal invitation to an event (table AO_112619_EVENT_INVITE); one per event and invitee. */
@Table("EVENT_INVITE")
public interface AoEventInvite extends Entity {
    String EVENT_ID = "EVENT_ID";
    String INVITEE_KEY = "INVITEE_KEY";
    String ROW_KEY = "ROW_KEY";
    String ORGANISER_KEY = "ORGANISER_KEY";
    String MESSAGE = "MESSAGE";
    String THANKS_LINE = "THANKS_LINE";
    String CREATED_AT = "CREATED_AT";
    String ANSWER = "ANSWER";
    String ANSWER_NOTE = "ANSWER_NOTE";
    String ANSWERED_AT = "ANSWERED_AT";
    String SELECT = String.join(", ", "ID", EVENT_ID, INVITEE_KEY, ROW_KEY, ORGANISER_KEY, MESSAGE, THANKS_LINE,
            CREATED_AT, ANSWER, ANSWER_NOTE, ANSWERED_AT);

    /** The ID of the event's row in EVENT. */
    @NotNull
    @Indexed
    int getEventId();

    void setEventId(int eventId);

    /** Who is invited (a user key). */
    @NotNull
    @StringLength(190)
    String getInviteeKey();

    void setInviteeKey(String key);

    /** {@code <event id>:<invitee key>} (a digest when longer): one invitation per event and person. */
    @NotNull
    @Unique
    @StringLength(190)
    String getRowKey();

    void setRowKey(String rowKey);

    /** Who invited them (a user key). */
    @NotNull
    @StringLength(190)
    String getOrganiserKey();

    void setOrganiserKey(String key);

    /** The personal message. */
    @StringLength(StringLength.UNLIMITED)
    String getMessage();

    void setMessage(String message);

    /** The thanks line; empty when none. */
    @StringLength(450)
    String getThanksLine();

    void setThanksLine(String line);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long millis);

    /** YES or NO; null until answered. */
    @StringLength(16)
    String getAnswer();

    void setAnswer(String answer);

    /** The note given with the answer. */
    @StringLength(450)
    String getAnswerNote();

    void setAnswerNote(String note);

    /** When it was answered, in milliseconds since 1970; null until then. */
    Long getAnsweredAt();

    void setAnsweredAt(Long millis);
}
