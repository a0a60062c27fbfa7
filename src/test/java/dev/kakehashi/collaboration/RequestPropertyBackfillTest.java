package dev.kakehashi.collaboration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import dev.kakehashi.collaboration.ao.AoCollaborationStore;
import dev.kakehashi.collaboration.ao.AoRequest;
import dev.kakehashi.collaboration.ao.AoRequestEvent;
import dev.kakehashi.collaboration.ao.AoRequestPropertyMark;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Every request gets its property once, on behalf of its requester, across more requests than one batch; once all are
 * written the app keeps its mark and a second run writes nothing; a run cut short leaves no mark.
 */
public class RequestPropertyBackfillTest {
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private EntityManagerActiveObjects ao;
    private CollaborationStore store;
    private final List<String> written = new ArrayList<>();
    private RuntimeException failure;

    private final RequestProperties properties = (request, actorKey) -> {
        if (failure != null && request.issueId() == 10150) {
            throw failure;
        }
        written.add(request.issueId() + " by " + actorKey);
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
