package dev.kakehashi.collaboration;

import static org.junit.Assert.assertEquals;

import dev.kakehashi.collaboration.ao.AoCollaborationStore;
import dev.kakehashi.collaboration.ao.AoRequest;
import dev.kakehashi.collaboration.ao.AoRequestEvent;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Every request whose issue lacks the property gets it, on behalf of its requester, across more requests than one
 * batch; requests that have it are left alone, and a second run writes nothing.
 */
public class RequestPropertyBackfillTest {
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private EntityManagerActiveObjects ao;
    private CollaborationStore store;
    private final Set<Long> published = new HashSet<>();
    private final List<String> written = new ArrayList<>();

    private final RequestProperties properties = new RequestProperties() {
        @Override
        public void publish(CollaborationRequest request, String actorKey) {
            written.add(request.issueId() + " by " + actorKey);
            published.add(request.issueId());
        }

        @Override
        public boolean isPublished(long issueId, String actorKey) {
            return published.contains(issueId);
        }
    };

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoRequest.class, AoRequestEvent.class);
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

    @Test
    public void everyRequestWithoutThePropertyGetsItOnceOnBehalfOfItsRequester() {
        int count = RequestPropertyBackfill.BATCH * 2 + 7;
        for (int i = 0; i < count; i++) {
            request(10000 + i, i % 2 == 0 ? "JIRAUSER1" : "JIRAUSER2");
        }
        published.add(10003L);
        published.add(10000L + count - 1);

        RequestPropertyBackfill.Run run = new RequestPropertyBackfill(store, properties).run();

        assertEquals(count, run.checked());
        assertEquals(count - 2, run.written());
        assertEquals(count - 2, written.size());
        assertEquals("10000 by JIRAUSER1", written.get(0));
        assertEquals("10001 by JIRAUSER2", written.get(1));
        assertEquals(count, published.size());

        RequestPropertyBackfill.Run again = new RequestPropertyBackfill(store, properties).run();
        assertEquals(count, again.checked());
        assertEquals(0, again.written());
        assertEquals(count - 2, written.size());
    }
}
