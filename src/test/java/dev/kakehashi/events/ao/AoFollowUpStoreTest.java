package dev.kakehashi.events.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.events.FollowUpStore;
import dev.kakehashi.events.FollowUpStore.Scores;
import dev.kakehashi.events.FollowUpStore.Topic;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Survey answers, topics and votes on the build's database (HSQLDB, or PostgreSQL or MariaDB by profile). */
public class AoFollowUpStoreTest {
    private static final Instant T0 = Instant.parse("2026-12-01T03:00:00Z");
    private EntityManagerActiveObjects ao;
    private FollowUpStore store;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoEvent.class, AoEventSurvey.class, AoEventTopic.class, AoEventTopicVote.class);
        store = new AoFollowUpStore(ao);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    @Test
    public void aSecondAnswerOfTheSameRespondentReplacesTheFirst() {
        assertTrue(store.answer(7, "7:aa", new Scores(5, 4, 3), T0));
        assertTrue(store.answer(7, "7:bb", new Scores(1, 1, 1), T0));
        assertTrue(store.answer(8, "8:aa", new Scores(2, 2, 2), T0));

        assertFalse(store.answer(7, "7:aa", new Scores(4, 4, 4), T0.plusSeconds(60)));

        assertEquals(List.of(new Scores(4, 4, 4), new Scores(1, 1, 1)), store.answers(7, 100));
        assertEquals(Optional.of(new Scores(4, 4, 4)), store.answerOf("7:aa"));
        assertEquals(Optional.empty(), store.answerOf("7:cc"));
        assertEquals(1, store.answers(7, 1).size());
    }

    @Test
    public void oneTopicPerWordingAndTheMostVotedComeFirst() {
        Topic cooking = store.addTopic(7, "料理", "料理", "ito", T0).orElseThrow();
        Topic books = store.addTopic(7, "本 🙂", "本 🙂", "sato", T0.plusSeconds(1)).orElseThrow();
        Topic other = store.addTopic(8, "料理", "料理", "ito", T0).orElseThrow();

        assertEquals(Optional.empty(), store.addTopic(7, "料理", "料理 ", "kato", T0));
        assertEquals(Optional.of(1), store.vote(7, books.id(), "ito", true));
        assertEquals(Optional.of(2), store.vote(7, books.id(), "sato", true));
        assertEquals("a vote given twice counts once", Optional.of(2), store.vote(7, books.id(), "sato", true));

        List<Topic> topics = store.topics(7, 10);
        assertEquals(List.of(books.id(), cooking.id()), topics.stream().map(Topic::id).toList());
        assertEquals(List.of(2, 0), topics.stream().map(Topic::votes).toList());
        assertEquals("本 🙂", topics.get(0).text());
        assertEquals("sato", topics.get(0).authorKey());
        assertEquals(List.of(other.id()), store.topics(8, 10).stream().map(Topic::id).toList());
    }

    @Test
    public void aVoteTakenBackIsGoneAndATopicOfAnotherEventIsNotFound() {
        Topic cooking = store.addTopic(7, "料理", "料理", "ito", T0).orElseThrow();
        Topic other = store.addTopic(8, "旅行", "旅行", "ito", T0).orElseThrow();
        store.vote(7, cooking.id(), "ito", true);
        store.vote(8, other.id(), "ito", true);

        assertEquals(Set.of(cooking.id(), other.id()), store.votedBy("ito", List.of(cooking.id(), other.id())));
        assertEquals(Optional.of(0), store.vote(7, cooking.id(), "ito", false));
        assertEquals(Optional.of(0), store.vote(7, cooking.id(), "ito", false));

        assertEquals(Set.of(other.id()), store.votedBy("ito", List.of(cooking.id(), other.id())));
        assertEquals(Set.of(), store.votedBy("sato", List.of(cooking.id(), other.id())));
        assertEquals(Set.of(), store.votedBy("ito", List.of()));
        assertEquals(Optional.empty(), store.vote(7, other.id(), "sato", true));
        assertEquals(Optional.empty(), store.vote(7, 999_999, "sato", true));
        assertEquals(List.of(1), store.topics(8, 10).stream().map(Topic::votes).toList());
    }

    @Test
    public void parallelFirstAnswersOfOneRespondentLeaveOneRow() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> calls = List.of(
                    () -> store.answer(7, "7:aa", new Scores(1, 1, 1), T0),
                    () -> store.answer(7, "7:aa", new Scores(2, 2, 2), T0),
                    () -> store.answer(7, "7:aa", new Scores(3, 3, 3), T0),
                    () -> store.answer(7, "7:aa", new Scores(4, 4, 4), T0));
            int first = 0;
            for (Future<Boolean> f : pool.invokeAll(calls)) {
                first += f.get() ? 1 : 0;
            }
            assertEquals(1, first);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, store.answers(7, 100).size());
    }
}
