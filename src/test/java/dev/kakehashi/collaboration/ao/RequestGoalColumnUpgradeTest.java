package dev.kakehashi.collaboration.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.collaboration.CollaborationRequest;
import dev.kakehashi.collaboration.HistoryEntry;
import dev.kakehashi.collaboration.Step;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import net.java.ao.DBParam;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The request table of data model version 2, with requests in it, gets the goal column when the host migrates the
 * module's entities (as it does after the upgrade tasks): every request is kept and names no goal, and can then name
 * one.
 */
public class RequestGoalColumnUpgradeTest {
    private EntityManagerActiveObjects ao;

    @Before
    @SuppressWarnings("unchecked")
    public void openModelTwoDatabase() {
        ao = TestDatabase.open(dev.kakehashi.collaboration.ao.v2.AoRequest.class, AoRequestEvent.class);
        // Exactly the earlier schema: a column or index left by another test goes.
        ao.migrateDestructively(dev.kakehashi.collaboration.ao.v2.AoRequest.class, AoRequestEvent.class);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    @Test
    @SuppressWarnings("unchecked")
    public void requestsWrittenBeforeTheGoalColumnAreKeptAndMayNameAGoalAfterwards() {
        for (long issue = 30001; issue <= 30003; issue++) {
            ao.create(dev.kakehashi.collaboration.ao.v2.AoRequest.class, new DBParam(AoRequest.ISSUE_ID, issue),
                    new DBParam(AoRequest.KIND, "joint-task"), new DBParam(AoRequest.FROM_DEPARTMENT, "sales"),
                    new DBParam(AoRequest.TO_DEPARTMENT, "support"), new DBParam(AoRequest.PURPOSE, "目的 😀"),
                    new DBParam(AoRequest.REQUESTER_KEY, "JIRAUSER10001"), new DBParam(AoRequest.STEP, 2),
                    new DBParam(AoRequest.CREATED_AT, 1_000L), new DBParam(AoRequest.UPDATED_AT, 2_000L),
                    new DBParam(AoRequest.VERSION, 0));
        }

        ao.migrate(AoRequest.class, AoRequestEvent.class);

        AoCollaborationStore store = new AoCollaborationStore(ao);
        for (long issue = 30001; issue <= 30003; issue++) {
            CollaborationRequest request = store.find(issue).orElseThrow();
            assertEquals("目的 😀", request.purpose());
            assertEquals(Step.FIRST_CONTACT, request.step());
            assertNull(request.goalId());
        }
        CollaborationRequest first = store.find(30001).orElseThrow();
        assertTrue(store.update(first.withGoal(9L, Instant.ofEpochMilli(3_000)), new HistoryEntry(30001,
                HistoryEntry.Event.DETAILS_CHANGED, Step.FIRST_CONTACT, Step.FIRST_CONTACT, "JIRAUSER10001",
                Instant.ofEpochMilli(3_000))));
        assertEquals(List.of(30001L), store.servingGoal(9, 10).stream().map(CollaborationRequest::issueId).toList());
    }
}
