package dev.kakehashi.notify.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.notify.DigestStore;
import dev.kakehashi.notify.MailDelivery;
import dev.kakehashi.notify.NotificationKind;
import dev.kakehashi.notify.NotificationPreferences;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The ledger, the digest list and the per-kind preferences on a real database (HSQLDB by default; PostgreSQL and
 * MariaDB through their profiles).
 */
public class AoNotificationLedgerStoreTest {
    private static final Instant AT = Instant.parse("2026-12-07T00:05:00Z");
    private EntityManagerActiveObjects ao;
    private AoNotificationLedger ledger;
    private AoDigestStore digests;
    private AoNotificationPreferenceStore preferences;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoNotifyLedger.class, AoNotifyDigest.class, AoNotificationPreference.class);
        ledger = new AoNotificationLedger(ao);
        digests = new AoDigestStore(ao);
        preferences = new AoNotificationPreferenceStore(ao);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    @Test
    public void anEntryIsClaimedOnceAndAnotherEntryIsIndependent() {
        assertFalse(ledger.recorded("overdue:10100:2026-12-07:JIRAUSER10002"));
        assertTrue(ledger.claim("overdue:10100:2026-12-07:JIRAUSER10002", AT));
        assertTrue(ledger.recorded("overdue:10100:2026-12-07:JIRAUSER10002"));
        assertFalse(ledger.recorded("overdue:10100:2026-12-14:JIRAUSER10002"));
        assertFalse(ledger.claim("overdue:10100:2026-12-07:JIRAUSER10002", AT.plusSeconds(300)));
        assertTrue(ledger.claim("overdue:10100:2026-12-14:JIRAUSER10002", AT));
        assertEquals(2, ao.count(AoNotifyLedger.class));
    }

    @Test
    public void ofParallelClaimsOfOneEntryExactlyOneSucceeds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                claims.add(() -> ledger.claim("digest:2026-12-07:JIRAUSER10002", AT));
            }
            int won = 0;
            for (Future<Boolean> claim : pool.invokeAll(claims)) {
                won += claim.get() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void oldEntriesAreForgottenAndMayThenBeClaimedAgain() {
        ledger.claim("old", AT.minusSeconds(3600));
        ledger.claim("new", AT);

        assertEquals(1, ledger.forgetBefore(AT.minusSeconds(1)));

        assertTrue(ledger.claim("old", AT));
        assertFalse(ledger.claim("new", AT));
    }

    @Test
    public void aLedgerKeyWithALongUserKeyFitsAndStaysDistinct() {
        String a = MailDelivery.ledgerKey("thanks", "12", "ldap:" + "x".repeat(185));
        String b = MailDelivery.ledgerKey("thanks", "12", "ldap:" + "x".repeat(184) + "y");
        assertEquals(190, a.length());
        assertTrue(ledger.claim(a, AT));
        assertTrue(ledger.claim(b, AT));
    }

    @Test
    public void digestEntriesAreKeptPerPersonInOrderUntilDeleted() {
        digests.add("JIRAUSER10002", NotificationKind.REQUEST_STEP, "[COLLAB-1] 件名", "本文\n二行目", AT);
        digests.add("JIRAUSER10003", NotificationKind.THANKS, "Thanks", "body", AT);
        digests.add("JIRAUSER10002", NotificationKind.GOAL_REVIEW, "s".repeat(500), "b".repeat(20_000), AT);

        assertEquals(List.of("JIRAUSER10002", "JIRAUSER10003"), digests.waiting(10));
        List<DigestStore.Entry> entries = digests.entries("JIRAUSER10002", 10);
        assertEquals(2, entries.size());
        assertEquals(NotificationKind.REQUEST_STEP, entries.get(0).kind());
        assertEquals("本文\n二行目", entries.get(0).body());
        assertEquals(AT, entries.get(0).createdAt());
        assertEquals("a long subject is cut to its column", 450, entries.get(1).subject().length());
        assertEquals(20_000, entries.get(1).body().length());

        digests.delete(List.of(entries.get(0).id(), entries.get(1).id()));

        assertEquals(List.of("JIRAUSER10003"), digests.waiting(10));
    }

    @Test
    public void eachKindIsTurnedOffOnItsOwnAndTheDigestIsKept() {
        assertEquals(NotificationPreferences.DEFAULT, preferences.preferences("JIRAUSER10002"));

        preferences.save("JIRAUSER10002", new NotificationPreferences(true,
                EnumSet.of(NotificationKind.GOAL_REVIEW, NotificationKind.REQUEST_STEP), true));
        preferences.setEmailEnabled("JIRAUSER10002", false);

        NotificationPreferences saved = preferences.preferences("JIRAUSER10002");
        assertFalse(saved.emailEnabled());
        assertEquals(Set.of(NotificationKind.GOAL_REVIEW, NotificationKind.REQUEST_STEP), saved.off());
        assertTrue(saved.digest());
        assertTrue(preferences.preferences("JIRAUSER10003").wants(NotificationKind.GOAL_REVIEW));
        assertEquals(1, ao.count(AoNotificationPreference.class));
    }
}
