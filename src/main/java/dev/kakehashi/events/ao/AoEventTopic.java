package dev.kakehashi.events.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A topic someone asks for at the event's next time (table AO_112619_EVENT_TOPIC), with its count of votes. */
@Table("EVENT_TOPIC")
public interface AoEventTopic extends Entity {
    String EVENT_ID = "EVENT_ID";
    String TOPIC_KEY = "TOPIC_KEY";
    String TOPIC_TEXT = "TOPIC_TEXT";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String CREATED_AT = "CREATED_AT";
    String VOTES = "VOTES";
    String SELECT = String.join(", ", "ID", EVENT_ID, TOPIC_KEY, TOPIC_TEXT, AUTHOR_KEY, CREATED_AT, VOTES);

    /** The ID of the event's row in EVENT. */
    @NotNull
    @Indexed
    int getEventId();

    void setEventId(int eventId);

    /** {@code <event id>:<the text folded for comparison>} (a digest when longer): one topic per wording. */
    @NotNull
    @Unique
    @StringLength(190)
    String getTopicKey();

    void setTopicKey(String key);

    /** The topic as written. */
    @NotNull
    @StringLength(450)
    String getTopicText();

    void setTopicText(String text);

    /** Who asked for it (a user key); shown to nobody but that person. */
    @NotNull
    @StringLength(190)
    String getAuthorKey();

    void setAuthorKey(String key);

    /** When it was asked for, in milliseconds since 1970. */
    @NotNull
    long getCreatedAt();

    void setCreatedAt(long millis);

    /** The number of EVENT_TOPIC_VOTE rows of the topic, written with each vote in the same transaction. */
    @NotNull
    int getVotes();

    void setVotes(int votes);
}
