package dev.kakehashi.events.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.events.FollowUpStore;
import dev.kakehashi.platform.ao.AoErrors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;

/**
 * Survey answers and topic votes in EVENT_SURVEY, EVENT_TOPIC and EVENT_TOPIC_VOTE. "One answer per person", "one
 * topic per wording" and "one vote per person and topic" are unique columns, so parallel requests on several nodes
 * cannot double them; a topic's count is counted again from its vote rows after each vote (the caller holds the
 * topic's cluster lock, so that two votes cannot write their counts in the wrong order).
 */
public class AoFollowUpStore implements FollowUpStore {
    private final ActiveObjects ao;

    public AoFollowUpStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean answer(long eventId, String respondent, Scores scores, Instant at) {
        AoEventSurvey[] found = byRespondent(respondent);
        if (found.length == 0) {
            Map<String, Object> values = new HashMap<>();
            values.put(AoEventSurvey.EVENT_ID, (int) eventId);
            values.put(AoEventSurvey.RESPONDENT, respondent);
            values.put(AoEventSurvey.WORTH, scores.worth());
            values.put(AoEventSurvey.CONNECTED, scores.connected());
            values.put(AoEventSurvey.AGAIN, scores.again());
            values.put(AoEventSurvey.ANSWERED_AT, at.toEpochMilli());
            if (AoErrors.unlessTaken(() -> ao.create(AoEventSurvey.class, values)).isPresent()) {
                return true;
            }
            // the same person's answer from another request came first: this one replaces it
            found = byRespondent(respondent);
        }
        for (AoEventSurvey row : found) {
            row.setWorth(scores.worth());
            row.setConnected(scores.connected());
            row.setAgain(scores.again());
            row.setAnsweredAt(at.toEpochMilli());
            row.save();
        }
        return false;
    }

    private AoEventSurvey[] byRespondent(String respondent) {
        return ao.find(AoEventSurvey.class, Query.select(AoEventSurvey.SELECT)
                .where(AoEventSurvey.RESPONDENT + " = ?", respondent));
    }

    @Override
    public Optional<Scores> answerOf(String respondent) {
        return Arrays.stream(byRespondent(respondent)).findFirst().map(AoFollowUpStore::scores);
    }

    @Override
    public List<Scores> answers(long eventId, int limit) {
        return Arrays.stream(ao.find(AoEventSurvey.class, Query.select(AoEventSurvey.SELECT)
                .where(AoEventSurvey.EVENT_ID + " = ?", (int) eventId).order("ID").limit(limit)))
                .map(AoFollowUpStore::scores).toList();
    }

    private static Scores scores(AoEventSurvey row) {
        return new Scores(row.getWorth(), row.getConnected(), row.getAgain());
    }

    @Override
    public Optional<Topic> addTopic(long eventId, String wording, String text, String authorKey, Instant at) {
        Map<String, Object> values = new HashMap<>();
        values.put(AoEventTopic.EVENT_ID, (int) eventId);
        values.put(AoEventTopic.TOPIC_KEY, AoEventStore.rowKey(eventId + ":" + wording));
        values.put(AoEventTopic.TOPIC_TEXT, text);
        values.put(AoEventTopic.AUTHOR_KEY, authorKey);
        values.put(AoEventTopic.CREATED_AT, at.toEpochMilli());
        values.put(AoEventTopic.VOTES, 0);
        return AoErrors.unlessTaken(() -> ao.create(AoEventTopic.class, values)).map(AoFollowUpStore::topic);
    }

    @Override
    public List<Topic> topics(long eventId, int limit) {
        return Arrays.stream(ao.find(AoEventTopic.class, Query.select(AoEventTopic.SELECT)
                .where(AoEventTopic.EVENT_ID + " = ?", (int) eventId)
                .order(AoEventTopic.VOTES + " DESC, ID").limit(limit))).map(AoFollowUpStore::topic).toList();
    }

    private static Topic topic(AoEventTopic row) {
        return new Topic(row.getID(), row.getEventId(), row.getTopicText(), row.getAuthorKey(),
                Instant.ofEpochMilli(row.getCreatedAt()), row.getVotes());
    }

    @Override
    public Set<Long> votedBy(String voterKey, Collection<Long> topicIds) {
        List<Integer> ids = topicIds.stream().filter(id -> id > 0 && id <= Integer.MAX_VALUE)
                .map(Long::intValue).distinct().toList();
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<Object> params = new ArrayList<>();
        params.add(voterKey);
        params.addAll(ids);
        Set<Long> voted = new HashSet<>();
        for (AoEventTopicVote row : ao.find(AoEventTopicVote.class, Query.select(AoEventTopicVote.SELECT)
                .where(AoEventTopicVote.VOTER_KEY + " = ? AND " + AoEventTopicVote.TOPIC_ID + " IN ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")", params.toArray()))) {
            voted.add((long) row.getTopicId());
        }
        return voted;
    }

    @Override
    public Optional<Integer> vote(long eventId, long topicId, String voterKey, boolean vote) {
        if (topicId <= 0 || topicId > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        AoEventTopic topic = ao.get(AoEventTopic.class, (int) topicId);
        if (topic == null || topic.getEventId() != eventId) {
            return Optional.empty();
        }
        String rowKey = AoEventStore.rowKey(topicId + ":" + voterKey);
        if (vote) {
            Map<String, Object> values = new HashMap<>();
            values.put(AoEventTopicVote.TOPIC_ID, (int) topicId);
            values.put(AoEventTopicVote.VOTER_KEY, voterKey);
            values.put(AoEventTopicVote.ROW_KEY, rowKey);
            // a vote already there is the same vote: nothing to add
            AoErrors.unlessTaken(() -> ao.create(AoEventTopicVote.class, values));
        } else {
            ao.deleteWithSQL(AoEventTopicVote.class, AoEventTopicVote.ROW_KEY + " = ?", rowKey);
        }
        return Optional.of(ao.executeInTransaction(() -> {
            int votes = ao.count(AoEventTopicVote.class, Query.select()
                    .where(AoEventTopicVote.TOPIC_ID + " = ?", (int) topicId));
            AoEventTopic row = ao.get(AoEventTopic.class, (int) topicId);
            row.setVotes(votes);
            row.save();
            return votes;
        }));
    }
}
