package dev.kakehashi.events.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One person's vote for a topic (table AO_112619_EVENT_TOPIC_VOTE); one per topic and person. */
@Table("EVENT_TOPIC_VOTE")
public interface AoEventTopicVote extends Entity {
    String TOPIC_ID = "TOPIC_ID";
    String VOTER_KEY = "VOTER_KEY";
    String ROW_KEY = "ROW_KEY";
    String SELECT = String.join(", ", "ID", TOPIC_ID, VOTER_KEY, ROW_KEY);

    /** The ID of the topic's row in EVENT_TOPIC. */
    @NotNull
    @Indexed
    int getTopicId();

    void setTopicId(int topicId);

    /** Who voted (a user key). */
    @NotNull
    @Indexed
    @StringLength(190)
    String getVoterKey();

    void setVoterKey(String key);

    /** {@code <topic id>:<voter key>} (a digest when longer). */
    @NotNull
    @Unique
    @StringLength(190)
    String getRowKey();

    void setRowKey(String rowKey);
}
