package dev.kakehashi.collaboration.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ModelVersion;
import dev.kakehashi.collaboration.CollaborationStore;
import dev.kakehashi.sandbox.ao.AoUpgrades;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Model version 3 on requests written before {@code STEP_CHANGED_AT} existed: each gets the time of the last history
 * entry that changed its step, else its creation time; a row that has the value keeps it; more rows than one batch
 * are all filled; a second run changes nothing; the "requests to my department" list then shows the time in step.
 */
public class StepChangedUpgradeTest {
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private EntityManagerActiveObjects ao;
    private int versionCounter;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoRequest.class, AoRequestEvent.class);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    private static long at(int hours) {
        return T0.plusSeconds(3600L * hours).toEpochMilli();
    }

    private void request(long issueId, int step, Long stepChangedAt) {
        ao.create(AoRequest.class, new DBParam(AoRequest.ISSUE_ID, issueId), new DBParam(AoRequest.KIND, "joint-task"),
                new DBParam(AoRequest.FROM_DEPARTMENT, "sales"), new DBParam(AoRequest.TO_DEPARTMENT, "development"),
                new DBParam(AoRequest.PAIR_KEY, "development|sales"), new DBParam(AoRequest.REQUESTER_KEY, "JIRAUSER10001"),
                new DBParam(AoRequest.STEP, step), new DBParam(AoRequest.CREATED_AT, at(0)),
                new DBParam(AoRequest.UPDATED_AT, at(100)), new DBParam(AoRequest.VERSION, 7),
                new DBParam(AoRequest.STEP_CHANGED_AT, stepChangedAt));
    }

    private void event(long issueId, String event, Integer from, Integer to, long happenedAt) {
        ao.create(AoRequestEvent.class, new DBParam(AoRequestEvent.ISSUE_ID, issueId),
                new DBParam(AoRequestEvent.ISSUE_VERSION, issueId + ":" + (++versionCounter)),
                new DBParam(AoRequestEvent.EVENT, event), new DBParam(AoRequestEvent.FROM_STEP, from),
                new DBParam(AoRequestEvent.TO_STEP, to), new DBParam(AoRequestEvent.ACTOR_KEY, "JIRAUSER10001"),
                new DBParam(AoRequestEvent.HAPPENED_AT, happenedAt));
    }

    private Map<Long, Long> stepChangedAt() {
        Map<Long, Long> values = new LinkedHashMap<>();
        for (AoRequest row : ao.find(AoRequest.class, Query.select("ID, " + AoRequest.ISSUE_ID + ", "
                + AoRequest.STEP_CHANGED_AT).order("ID"))) {
            values.put(row.getIssueId(), row.getStepChangedAt());
        }
        return values;
    }

    private ModelVersion upgrade(ModelVersion[] stored) {
        return AoUpgrades.run(ao, new AoUpgrades.VersionStore() {
            @Override
            public ModelVersion current() {
                return stored[0];
            }

            @Override
            public void update(ModelVersion version) {
                stored[0] = version;
            }
        }, List.of(new StepChangedUpgrade()));
    }

    @Test
    public void oldRowsGetTheirLastStepChangeOrTheirCreationAndASecondRunChangesNothing() {
        // moved on twice; details changed and a result shared later, which do not change the step
        request(10001, 3, null);
        event(10001, "CREATED", null, 1, at(0));
        event(10001, "ADVANCED", 1, 2, at(5));
        event(10001, "DETAILS_CHANGED", null, null, at(6));
        event(10001, "ADVANCED", 2, 3, at(30));
        event(10001, "RESULT_SHARED", 3, 3, at(40));
        // stepped back last: that is its last step change
        request(10002, 2, null);
        event(10002, "CREATED", null, 1, at(0));
        event(10002, "ADVANCED", 1, 2, at(3));
        event(10002, "ADVANCED", 2, 3, at(9));
        event(10002, "STEPPED_BACK", 3, 2, at(12));
        // no history at all
        request(10003, 1, null);
        // only its creation
        request(10004, 1, null);
        event(10004, "CREATED", null, 1, at(2));
        // written by the model that keeps the value: left as it is
        request(10005, 4, at(77));
        event(10005, "ADVANCED", 3, 4, at(50));
        Map<Long, Long> expected = new HashMap<>(Map.of(10001L, at(30), 10002L, at(12), 10003L, at(0),
                10004L, at(2), 10005L, at(77)));
        // more old rows than one batch
        for (int i = 0; i < StepChangedUpgrade.BATCH * 2 + 17; i++) {
            long issue = 20000 + i;
            request(issue, 2, null);
            event(issue, "ADVANCED", 1, 2, at(i));
            expected.put(issue, at(i));
        }
        ModelVersion[] stored = {ModelVersion.valueOf("2")};

        assertEquals("3", upgrade(stored).toString());

        assertEquals(expected, stepChangedAt());
        Map<Long, Long> first = stepChangedAt();
        ao.executeInTransaction(() -> {
            new StepChangedUpgrade().upgrade(ModelVersion.valueOf("3"), ao);
            return null;
        });
        assertEquals(first, stepChangedAt());
        assertEquals("3", upgrade(stored).toString());
        assertEquals(first, stepChangedAt());
    }

    @Test
    public void theListOfRequestsToADepartmentShowsHowLongAnOldRequestIsInItsStep() {
        request(10001, 3, null);
        event(10001, "ADVANCED", 2, 3, at(30));
        CollaborationStore store = new AoCollaborationStore(ao);
        assertEquals(null, store.listed(CollaborationStore.Side.TO, List.of("development"), 0, 10).get(0)
                .stepChangedAt());

        upgrade(new ModelVersion[]{ModelVersion.valueOf("2")});

        List<CollaborationStore.Listed> listed = new ArrayList<>(
                store.listed(CollaborationStore.Side.TO, List.of("development"), 0, 10));
        assertEquals(1, listed.size());
        assertEquals(Instant.ofEpochMilli(at(30)), listed.get(0).stepChangedAt());
        assertTrue(listed.get(0).stepChangedAt().isAfter(listed.get(0).createdAt()));
    }
}
