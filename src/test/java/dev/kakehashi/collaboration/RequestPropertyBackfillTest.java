package dev.kakehashi.collaboration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.collaboration.ao.AoCollaborationStore;
import dev.kakehashi.collaboration.ao.AoRequest;
import dev.kakehashi.collaboration.ao.AoRequestEvent;
import dev.kakehashi.collaboration.ao.AoRequestPropertyMark;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Every request gets its property once, on behalf of its requester, across more requests than one batch; once all are
 * written the app keeps its mark and a second run writes nothing; a run cut short leaves no mark; a person's change made
 * while the run goes on is not overwritten with what the run read before it.
 */
public class RequestPropertyBackfillTest {
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private EntityManagerActiveObjects ao;
    private CollaborationStore store;
    private final List<String> written = new ArrayList<>();
    private RuntimeException failure;

    /** The step each issue's property holds, as the host would keep it: the last write wins. */
    private final Map<Long, Step> property = new HashMap<>();
    /** Runs once, in the middle of the next write the backfill makes. */
    private Runnable duringNextWrite;

    private final RequestProperties properties = (request, actorKey) -> {
        if (failure != null && request.issueId() == 10150) {
            throw failure;
        }
        Runnable during = duringNextWrite;
        duringNextWrite = null;
        if (during != null) {
            during.run();
        }
        written.add(request.issueId() + " by " + actorKey);
        property.put(request.issueId(), request.step());
    };

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoRequest.class, AoRequestEvent.class, AoSetting.class);
        store = new AoCollaborationStore(ao);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    private void request(long issueId, String requester) {
        RequestDetails details = new RequestDetails(RequestKind.JOINT_TASK, "sales", "development", "目的", "範囲",
                "", "", requester, "", "", null);
        store.insert(CollaborationRequest.create(issueId, details, null, T0),
                new HistoryEntry(issueId, HistoryEntry.Event.CREATED, null, Step.DEFINE, requester, T0));
    }

    private RequestPropertyBackfill backfill() {
        return new RequestPropertyBackfill(store, properties, new AoRequestPropertyMark(ao));
    }

    @Test
    public void everyRequestGetsItsPropertyOnceOnBehalfOfItsRequester() {
        int count = RequestPropertyBackfill.BATCH * 2 + 7;
        for (int i = 0; i < count; i++) {
            request(10000 + i, i % 2 == 0 ? "JIRAUSER1" : "JIRAUSER2");
        }

        RequestPropertyBackfill.Run run = backfill().run();

        assertEquals(new RequestPropertyBackfill.Run(false, count), run);
        assertEquals(count, written.size());
        assertEquals(count, written.stream().distinct().count());
        assertEquals("10000 by JIRAUSER1", written.get(0));
        assertEquals("10001 by JIRAUSER2", written.get(1));
        assertEquals((10000 + count - 1) + " by JIRAUSER1", written.get(count - 1));

        assertEquals(new RequestPropertyBackfill.Run(true, 0), backfill().run());
        assertEquals(count, written.size());
    }

    /** A person moves the request as Jira's own change would: saved first, then its property written. */
    private void moveByPerson(long issueId, Step step) {
        CollaborationRequest before = store.find(issueId).orElseThrow();
        CollaborationRequest moved = before.withStep(step, T0.plusSeconds(60));
        assertTrue(store.update(moved, new HistoryEntry(issueId, HistoryEntry.Event.ADVANCED, before.step(), step,
                "JIRAUSER2", T0.plusSeconds(60))));
        property.put(issueId, step);
    }

    @Test
    public void aChangeBetweenTheBatchReadAndTheWriteIsNotOverwritten() {
        request(10000, "JIRAUSER1");
        request(10001, "JIRAUSER1");
        duringNextWrite = () -> moveByPerson(10001, Step.AGREED);

        assertEquals(new RequestPropertyBackfill.Run(false, 2), backfill().run());

        assertEquals(Step.AGREED, property.get(10001L));
        assertEquals(Step.DEFINE, property.get(10000L));
    }

    @Test
    public void aChangeSavedWhileItsRequestIsBeingWrittenIsWrittenAgain() {
        request(10000, "JIRAUSER1");
        duringNextWrite = () -> moveByPerson(10000, Step.AGREED);

        assertEquals(new RequestPropertyBackfill.Run(false, 1), backfill().run());

        assertEquals(Step.AGREED, property.get(10000L));
    }

    @Test
    public void aRunCutShortLeavesNoMarkAndTheNextWritesThemAll() {
        for (int i = 0; i < 200; i++) {
            request(10000 + i, "JIRAUSER1");
        }
        failure = new IllegalStateException("Jira went away");
        assertThrows(IllegalStateException.class, () -> backfill().run());
        assertEquals(150, written.size());

        failure = null;
        assertEquals(new RequestPropertyBackfill.Run(false, 200), backfill().run());
        assertEquals(new RequestPropertyBackfill.Run(true, 0), backfill().run());
    }
}
