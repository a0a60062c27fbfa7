package dev.kakehashi.thanks.ao;

import static org.junit.Assert.assertEquals;

import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Two changes of one thanks at the same moment, on two nodes (two connection pools on one database): exactly one of
 * them changes it and is told so; the other changes nothing. Runs on HSQLDB, and on PostgreSQL and MariaDB in the
 * {@code postgres} and {@code mariadb} profiles.
 */
public class AoThanksStateRaceTest {
    private static final int ROUNDS = 30;
    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

    private final List<EntityManagerActiveObjects> opened = new ArrayList<>();
    private ThanksStore first;
    private ThanksStore second;
    private ExecutorService pool;

    @Before
    public void setUp() {
        opened.addAll(TestDatabase.openNodes(2, AoThanks.class, AoThanksSender.class, AoThanksPerson.class,
                AoThanksDepartment.class));
        first = new AoThanksStore(opened.get(0));
        second = new AoThanksStore(opened.get(1));
        pool = Executors.newFixedThreadPool(2);
    }

    @After
    public void tearDown() {
        pool.shutdownNow();
        opened.forEach(TestDatabase::close);
    }

    private long sent(int n) {
        return first.insert(new Thanks(0, "JIRAUSER10001", List.of("JIRAUSER20002"), "", "race " + n, "",
                ThanksContext.NONE, Thanks.Visibility.PUBLIC, NOW, List.of("sales"), List.of("development"), true,
                Thanks.State.ACTIVE)).id();
    }

    /** Runs both at once (released together) and returns which of them reported a change. */
    private boolean[] race(Callable<Boolean> one, Callable<Boolean> other) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Boolean> a = pool.submit(() -> {
            start.await();
            return one.call();
        });
        Future<Boolean> b = pool.submit(() -> {
            start.await();
            return other.call();
        });
        return new boolean[] {a.get(1, TimeUnit.MINUTES), b.get(1, TimeUnit.MINUTES)};
    }

    private static int winners(boolean[] results) {
        return (results[0] ? 1 : 0) + (results[1] ? 1 : 0);
    }

    @Test
    public void ofTwoParallelHidesExactlyOneHides() throws Exception {
        for (int i = 0; i < ROUNDS; i++) {
            long id = sent(i);
            boolean[] won = race(() -> first.hide(id, "admin1", NOW, "first"),
                    () -> second.hide(id, "admin2", NOW, "second"));

            assertEquals("round " + i, 1, winners(won));
            ThanksStore.Hidden hidden = first.hidden(null, 1).get(0);
            assertEquals(won[0] ? "admin1" : "admin2", hidden.hiddenBy());
            assertEquals(won[0] ? "first" : "second", hidden.reason());
        }
    }

    @Test
    public void ofAHideAndAWithdrawalAtOnceExactlyOneHappens() throws Exception {
        for (int i = 0; i < ROUNDS; i++) {
            long id = sent(i);
            boolean[] won = race(() -> first.hide(id, "admin", NOW, "reason"),
                    () -> second.changeState(id, Thanks.State.ACTIVE, Thanks.State.WITHDRAWN, "JIRAUSER10001", NOW));

            assertEquals("round " + i, 1, winners(won));
            assertEquals(won[0] ? Thanks.State.HIDDEN : Thanks.State.WITHDRAWN,
                    second.find(id).orElseThrow().state());
        }
    }

    @Test
    public void ofTwoParallelUnhidesExactlyOneShowsItAgain() throws Exception {
        for (int i = 0; i < ROUNDS; i++) {
            long id = sent(i);
            first.hide(id, "admin", NOW, "reason");
            boolean[] won = race(
                    () -> first.changeState(id, Thanks.State.HIDDEN, Thanks.State.ACTIVE, "admin1", NOW),
                    () -> second.changeState(id, Thanks.State.HIDDEN, Thanks.State.ACTIVE, "admin2", NOW));

            assertEquals("round " + i, 1, winners(won));
            assertEquals(Thanks.State.ACTIVE, first.find(id).orElseThrow().state());
        }
    }

    @Test
    public void aChangeFromAStateTheThanksIsNotInChangesNothing() {
        long id = sent(0);

        assertEquals(false, first.changeState(id, Thanks.State.HIDDEN, Thanks.State.ACTIVE, "admin", NOW));
        assertEquals(true, first.changeState(id, Thanks.State.ACTIVE, Thanks.State.WITHDRAWN, "JIRAUSER10001", NOW));
        assertEquals(false, first.hide(id, "admin", NOW, "too late"));
        assertEquals(false, first.changeState(123_456, Thanks.State.ACTIVE, Thanks.State.HIDDEN, "admin", NOW));
        assertEquals(Thanks.State.WITHDRAWN, second.find(id).orElseThrow().state());
    }
}
