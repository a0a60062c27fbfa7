package dev.kakehashi.events.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One person's place in an event (table AO_112619_EVENT_PERSON): organiser, invitee, wanted, answer, check-in or
 * reached; one row per event, kind and person (unique {@code ROW_KEY}).
 */
@Table("EVENT_PERSON")
public interface AoEventPerson extends Entity {
    String EVENT_ID = "EVENT_ID";
    String ROW_KIND = "ROW_KIND";
    String PERSON_KEY = "PERSON_KEY";
    String ROW_KEY = "ROW_KEY";
    String ANSWER = "ANSWER";
    String WAITING = "WAITING";
    String ROW_NOTE = "ROW_NOTE";
    String SHOW_GOING = "SHOW_GOING";
    String VIA_INVITATION = "VIA_INVITATION";
    String ROW_AT = "ROW_AT";
    String ROW_BY = "ROW_BY";
    String SELECT = String.join(", ", "ID", EVENT_ID, ROW_KIND, PERSON_KEY, ROW_KEY, ANSWER, WAITING, ROW_NOTE,
            SHOW_GOING, VIA_INVITATION, ROW_AT, ROW_BY);

    /** The ID of the event's row in EVENT. */
    @NotNull
    @Indexed
    int getEventId();

    void setEventId(int eventId);

    /** A {@code Participation.Kind} name. */
    @NotNull
    @StringLength(16)
    String getRowKind();

    void setRowKind(String kind);

    /** The person's user key. */
    @NotNull
    @Indexed
    @StringLength(190)
    String getPersonKey();

    void setPersonKey(String key);

    /** {@code <event id>:<kind>:<key>} (a digest of it when longer than fits): one row per event, kind and key. */
    @NotNull
    @Unique
    @StringLength(190)
    String getRowKey();

    void setRowKey(String rowKey);

    /** YES, NO or MAYBE on an answer row; null on others. */
    @StringLength(16)
    String getAnswer();

    void setAnswer(String answer);

    /** A yes beyond the capacity, waiting for a seat. */
    @NotNull
    boolean isWaiting();

    void setWaiting(boolean waiting);

    /** The note given with an answer. */
    @StringLength(450)
    String getRowNote();

    void setRowNote(String note);

    /** Whether a yes may be shown as "going" to others. */
    @NotNull
    boolean isShowGoing();

    void setShowGoing(boolean show);

    /** Whether the answer came through a personal invitation. */
    @NotNull
    boolean isViaInvitation();

    void setViaInvitation(boolean via);

    /** When the row was written, in milliseconds since 1970; the waiting list's order. */
    @NotNull
    long getRowAt();

    void setRowAt(long millis);

    /** Who wrote it (a user key): the person, or the organiser who checked them in. */
    @StringLength(190)
    String getRowBy();

    void setRowBy(String userKey);
}
