package dev.kakehashi.events;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port to what follows an event: its survey answers and the topics asked for next time, with their votes. */
public interface FollowUpStore {
    /** One survey answer: three scores from 1 to 5. */
    record Scores(int worth, int connected, int again) {
    }

    /** A topic asked for; {@code votes} is how many people voted for it. */
    record Topic(long id, long eventId, String text, String authorKey, Instant createdAt, int votes) {
    }

    /** Writes the answer of this respondent, replacing their earlier one; true when it is their first. */
    boolean answer(long eventId, String respondent, Scores scores, Instant at);

    /** The respondent's answer, if any; one statement by the unique respondent column. */
    Optional<Scores> answerOf(String respondent);

    /** The event's answers, at most {@code limit}; one statement by the event index. */
    List<Scores> answers(long eventId, int limit);

    /**
     * Adds a topic unless the event has one of the same {@code wording} (the text folded for comparison); empty then.
     */
    Optional<Topic> addTopic(long eventId, String wording, String text, String authorKey, Instant at);

    /** The event's topics, most votes first, then the oldest; one statement, at most {@code limit}. */
    List<Topic> topics(long eventId, int limit);

    /** The ids among {@code topicIds} this person voted for; one statement. */
    Set<Long> votedBy(String voterKey, Collection<Long> topicIds);

    /**
     * Adds ({@code vote} true) or takes back this person's vote for a topic of the event, then counts the topic's
     * votes again and writes the count; the votes after, or empty when the event has no such topic. Callers hold the
     * topic's cluster lock.
     */
    Optional<Integer> vote(long eventId, long topicId, String voterKey, boolean vote);
}
