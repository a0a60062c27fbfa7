package dev.kakehashi.events.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One attendee's answer to an event's three-question survey (table AO_112619_EVENT_SURVEY). The row does not name
 * the person: {@code RESPONDENT} is the event id and a one-way digest of the person and the event, which only stops
 * a second answer from becoming a second row.
 */
@Table("EVENT_SURVEY")
public interface AoEventSurvey extends Entity {
    String EVENT_ID = "EVENT_ID";
    String RESPONDENT = "RESPONDENT";
    String WORTH = "WORTH";
    String CONNECTED = "CONNECTED";
    String AGAIN = "AGAIN";
    String ANSWERED_AT = "ANSWERED_AT";
    String SELECT = String.join(", ", "ID", EVENT_ID, RESPONDENT, WORTH, CONNECTED, AGAIN, ANSWERED_AT);

    /** The ID of the event's row in EVENT. */
    @NotNull
    @Indexed
    int getEventId();

    void setEventId(int eventId);

    /** {@code <event id>:<hex SHA-256 of the event id and the person's user key>}: one answer per person. */
    @NotNull
    @Unique
    @StringLength(190)
    String getRespondent();

    void setRespondent(String respondent);

    /** "It was worth my time", 1 (not at all) to 5 (very much). */
    @NotNull
    int getWorth();

    void setWorth(int score);

    /** "I connected with someone from another department", 1 to 5. */
    @NotNull
    int getConnected();

    void setConnected(int score);

    /** "I would come again", 1 to 5. */
    @NotNull
    int getAgain();

    void setAgain(int score);

    /** When it was answered (or last changed), in milliseconds since 1970. */
    @NotNull
    long getAnsweredAt();

    void setAnsweredAt(long millis);
}
