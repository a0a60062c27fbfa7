package dev.kakehashi.events;

import dev.kakehashi.insights.DepartmentMapService;
import dev.kakehashi.platform.ClusterLocks;
import dev.kakehashi.platform.InputCheck;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What follows an event. A three-question survey for the people checked in, once the event has begun: its results
 * are shown to organisers and attendees only when at least k people answered (k is the department map's minimum group
 * size), and never per person. Topics for next time, which anyone who sees the event may ask for and vote on (the
 * asker is shown to nobody else). And, for attendees, a thanks to the organisers suggested, which they send
 * themselves through the thanks form, or not at all.
 */
public class EventFollowUp {
    public static final int MAX_TOPIC = 200;
    /** Topics one event holds. */
    public static final int MAX_TOPICS = 50;
    /** Survey answers one event reads at most (attendees are bounded by the capacity's maximum). */
    static final int MAX_ANSWERS = EventService.MAX_CAPACITY;
    public static final List<String> QUESTIONS = List.of("worth", "connected", "again");

    private final EventService events;
    private final EventStore store;
    private final FollowUpStore followUps;
    private final DepartmentMapService maps;
    private final People people;
    private final ClusterLocks locks;

    public EventFollowUp(EventService events, EventStore store, FollowUpStore followUps, DepartmentMapService maps,
                         People people, ClusterLocks locks) {
        this.events = events;
        this.store = store;
        this.followUps = followUps;
        this.maps = maps;
        this.people = people;
        this.locks = locks;
    }

    /** One question's results: the mean score and how many chose each score from 1 to 5. */
    public record Question(String key, double mean, List<Integer> counts) {
        public Question {
            counts = List.copyOf(counts);
        }
    }

    /**
     * The survey as one reader sees it: whether it is open (the event has begun), whether the reader may answer (they
     * were checked in), their own answer, how many answered, k, and the results: empty below k or for a reader who
     * neither organises nor attended.
     */
    public record Survey(boolean open, boolean canAnswer, FollowUpStore.Scores mine, int answers, int minimum,
                         List<Question> results) {
        public Survey {
            results = List.copyOf(results);
        }

        public boolean shown() {
            return !results.isEmpty();
        }
    }

    /** A topic as one reader sees it: whether they voted for it and whether they asked for it. */
    public record TopicView(long id, String text, int votes, boolean voted, boolean mine) {
    }

    /**
     * What follows the event for one reader; {@code survey} is null for a reader who neither organises nor attended,
     * {@code thank} lists the organisers an attendee may thank (empty for organisers and before the event begins).
     */
    public record FollowUp(long eventId, String eventTitle, boolean begun, boolean attended, boolean organiser,
                           Survey survey, List<TopicView> topics, List<Person> thank) {
        public FollowUp {
            topics = List.copyOf(topics);
            thank = List.copyOf(thank);
        }
    }

    /** The follow-up of an event this reader may see; 404 otherwise, as for the event itself. */
    public FollowUp of(String readerKey, long id) {
        Event event = events.visible(readerKey, id);
        return of(readerKey, event, attended(id, readerKey));
    }

    /**
     * The follow-up of an event as {@link EventService#detail} gave it to this reader (who may see it, and whether
     * they were checked in is known): the page reads neither the event nor the check-ins again.
     */
    public FollowUp of(String readerKey, EventDetail detail) {
        return of(readerKey, detail.event(), detail.iAttended());
    }

    private FollowUp of(String readerKey, Event event, boolean attended) {
        long id = event.id();
        boolean begun = !events.now().isBefore(event.start());
        boolean organiser = event.organisedBy(readerKey);
        Survey survey = organiser || attended ? survey(event, readerKey, begun, attended) : null;
        List<Person> thank = new ArrayList<>();
        if (begun && attended && !organiser) {
            event.organiserKeys().forEach(k -> people.byKey(k).ifPresent(thank::add));
        }
        return new FollowUp(id, event.title(), begun, attended, organiser, survey, topics(id, readerKey), thank);
    }

    private boolean attended(long id, String readerKey) {
        return store.rows(id, List.of(Participation.Kind.ATTENDED), EventService.MAX_ROWS).stream()
                .anyMatch(r -> r.key().equals(readerKey));
    }

    private Survey survey(Event event, String readerKey, boolean begun, boolean attended) {
        int k = maps.minimumGroup();
        List<FollowUpStore.Scores> answers = followUps.answers(event.id(), MAX_ANSWERS);
        FollowUpStore.Scores mine = attended ? followUps.answerOf(respondent(event, readerKey)).orElse(null) : null;
        List<Question> results = answers.size() >= k ? results(answers) : List.of();
        return new Survey(begun, begun && attended, mine, answers.size(), k, results);
    }

    static List<Question> results(List<FollowUpStore.Scores> answers) {
        List<Question> results = new ArrayList<>();
        for (int q = 0; q < QUESTIONS.size(); q++) {
            Integer[] counts = {0, 0, 0, 0, 0};
            long sum = 0;
            for (FollowUpStore.Scores a : answers) {
                int score = q == 0 ? a.worth() : q == 1 ? a.connected() : a.again();
                counts[score - 1]++;
                sum += score;
            }
            results.add(new Question(QUESTIONS.get(q), answers.isEmpty() ? 0 : (double) sum / answers.size(),
                    List.of(counts)));
        }
        return results;
    }

    /**
     * Who answered, without their name: the event id and a SHA-256 digest of the event id and the user key, so that a
     * person answers once per event and the rows of two events cannot be joined by person. (After an import gives the
     * event a new id, an earlier answer is no longer known as the person's: answering again adds an answer.)
     */
    static String respondent(Event event, String userKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("kakehashi-survey:" + event.id() + ":"
                    + userKey).getBytes(StandardCharsets.UTF_8));
            return event.id() + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Answers the survey (again, replacing the earlier answer). 400 for a score missing or outside 1 to 5; 403 for a
     * reader who sees the event but was not checked in; 409 before the event begins and for a cancelled event.
     */
    public Survey answer(String callerKey, long id, Integer worth, Integer connected, Integer again) {
        Event event = EventService.standing(events.visible(callerKey, id));
        InputCheck check = new InputCheck();
        score(check, "worth", worth);
        score(check, "connected", connected);
        score(check, "again", again);
        check.rejectIfAny();
        if (!attended(id, callerKey)) {
            throw Rejection.of(Rejection.Reason.FORBIDDEN, null, "kakehashi.events.error.survey.attendees");
        }
        if (events.now().isBefore(event.start())) {
            throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.events.error.survey.early");
        }
        followUps.answer(id, respondent(event, callerKey), new FollowUpStore.Scores(worth, connected, again),
                events.now());
        return survey(event, callerKey, true, true);
    }

    private static void score(InputCheck check, String field, Integer score) {
        if (score == null || score < 1 || score > 5) {
            check.add(field, "kakehashi.events.error.survey.score");
        }
    }

    /** The event's topics for this reader, most votes first. */
    public List<TopicView> topics(long id, String readerKey) {
        List<FollowUpStore.Topic> topics = followUps.topics(id, MAX_TOPICS);
        Set<Long> voted = followUps.votedBy(readerKey, topics.stream().map(FollowUpStore.Topic::id).toList());
        return topics.stream().map(t -> new TopicView(t.id(), t.text(), t.votes(), voted.contains(t.id()),
                t.authorKey().equals(readerKey))).toList();
    }

    /**
     * Asks for a topic for next time; the asker's vote counts for it. 400 for a missing or too long text and when the
     * event holds {@link #MAX_TOPICS}; 409 when the same topic (ignoring case, width and spaces) was asked for.
     */
    public List<TopicView> ask(String callerKey, long id, String text) {
        EventService.standing(events.visible(callerKey, id));
        InputCheck check = new InputCheck();
        String topic = check.required("text", text, MAX_TOPIC);
        check.rejectIfAny();
        if (followUps.topics(id, MAX_TOPICS).size() >= MAX_TOPICS) {
            throw Rejection.of(Rejection.Reason.INVALID, "text", "kakehashi.events.error.topics.many", MAX_TOPICS);
        }
        Optional<FollowUpStore.Topic> added = followUps.addTopic(id, wording(topic), topic, callerKey, events.now());
        if (added.isEmpty()) {
            throw Rejection.of(Rejection.Reason.CONFLICT, "text", "kakehashi.events.error.topic.asked");
        }
        vote(callerKey, id, added.get().id(), true);
        return topics(id, callerKey);
    }

    /** A topic's text folded for comparison: NFKC (full-width to half-width), lower case, one space between words. */
    static String wording(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip()
                .replaceAll("\\s+", " ");
    }

    /** Votes for a topic of the event, or takes the vote back; 404 for a topic the event does not have. */
    public List<TopicView> vote(String callerKey, long id, long topicId, boolean vote) {
        EventService.standing(events.visible(callerKey, id));
        locks.underLock("kakehashi.events.topic." + topicId, () -> followUps.vote(id, topicId, callerKey, vote))
                .orElseThrow(() -> Rejection.of(Rejection.Reason.NOT_FOUND, null,
                        "kakehashi.events.error.topic.not.found"));
        return topics(id, callerKey);
    }
}
