package dev.kakehashi.community.ao;

import static org.junit.Assert.assertEquals;

import dev.kakehashi.collaboration.ao.AoRequest;
import dev.kakehashi.community.PinEvidence;
import dev.kakehashi.knowledge.ao.AoKnowledgePage;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import dev.kakehashi.thanks.ao.AoThanks;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class AoPinEvidenceTest {
    static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");
    private EntityManagerActiveObjects ao;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoThanks.class, AoKnowledgePage.class, AoRequest.class);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    /** A thanks row as the thanks store writes it. */
    public static void thanks(EntityManagerActiveObjects ao, String recipients, boolean cross, String visibility,
                       String state, Instant at) {
        Map<String, Object> row = new HashMap<>();
        row.put(AoThanks.SENDER_KEY, "sender");
        row.put(AoThanks.RECIPIENT_KEYS, recipients);
        row.put(AoThanks.MESSAGE, "ありがとう");
        row.put(AoThanks.VISIBILITY, visibility);
        row.put(AoThanks.CREATED_AT, at.toEpochMilli());
        row.put(AoThanks.SENDER_DEPARTMENTS, "|sales|");
        row.put(AoThanks.RECIPIENT_DEPARTMENTS, "|development|");
        row.put(AoThanks.CROSS_DEPARTMENT, cross);
        row.put(AoThanks.STATE, state);
        ao.create(AoThanks.class, row);
    }

    public static void resultsPage(EntityManagerActiveObjects ao, long pageId, String kind, String creator, Instant at) {
        Map<String, Object> row = new HashMap<>();
        row.put(AoKnowledgePage.PAGE_ID, pageId);
        row.put(AoKnowledgePage.SPACE_KEY, "KB");
        row.put(AoKnowledgePage.KIND, kind);
        row.put(AoKnowledgePage.LOG_KEY, "KB:" + kind);
        row.put(AoKnowledgePage.TITLE, "t");
        row.put(AoKnowledgePage.DEPARTMENTS, "|sales|");
        row.put(AoKnowledgePage.PAGE_DATE, "2026-05-01");
        row.put(AoKnowledgePage.CREATOR_KEY, creator);
        row.put(AoKnowledgePage.CREATED_AT, at.toEpochMilli());
        row.put(AoKnowledgePage.LINK_STATE, "NONE");
        ao.create(AoKnowledgePage.class, row);
    }

    public static void request(EntityManagerActiveObjects ao, long issueId, int step, String partner, String owner,
                        Instant at) {
        Map<String, Object> row = new HashMap<>();
        row.put(AoRequest.ISSUE_ID, issueId);
        row.put(AoRequest.KIND, "small-poc");
        row.put(AoRequest.FROM_DEPARTMENT, "sales");
        row.put(AoRequest.TO_DEPARTMENT, "development");
        row.put(AoRequest.REQUESTER_KEY, "req");
        row.put(AoRequest.PARTNER_CONTACT_KEY, partner);
        row.put(AoRequest.DECISION_OWNER_KEY, owner);
        row.put(AoRequest.STEP, step);
        row.put(AoRequest.CREATED_AT, at.toEpochMilli());
        row.put(AoRequest.UPDATED_AT, at.toEpochMilli());
        row.put(AoRequest.VERSION, 1);
        ao.create(AoRequest.class, row);
    }

    @Test
    public void countsPublicCrossDepartmentThanksResultsPagesAndCompletedRequestsSinceTheDay() {
        Instant in = SINCE.plusSeconds(3600);
        thanks(ao, "|a|b|", true, "PUBLIC", "ACTIVE", in);
        thanks(ao, "|a|", true, "PUBLIC", "ACTIVE", in);
        thanks(ao, "|a|", false, "PUBLIC", "ACTIVE", in);
        thanks(ao, "|a|", true, "PRIVATE", "ACTIVE", in);
        thanks(ao, "|a|", true, "PUBLIC", "HIDDEN", in);
        thanks(ao, "|a|", true, "PUBLIC", "ACTIVE", SINCE.minusSeconds(1));
        resultsPage(ao, 1, "results", "b", in);
        resultsPage(ao, 2, "meeting-notes", "b", in);
        request(ao, 10, 5, "c", "a", in);
        request(ao, 11, 4, "c", "a", in);

        Map<String, PinEvidence.Evidence> found = new AoPinEvidence(ao).since(SINCE);

        assertEquals(new PinEvidence.Evidence(2, 0, 1), found.get("a"));
        assertEquals(new PinEvidence.Evidence(1, 1, 0), found.get("b"));
        assertEquals(new PinEvidence.Evidence(0, 0, 1), found.get("c"));
        assertEquals(3, found.size());
    }
}
