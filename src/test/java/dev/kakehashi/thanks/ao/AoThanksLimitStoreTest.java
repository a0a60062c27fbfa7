package dev.kakehashi.thanks.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Test;

/**
 * The daily limit under parallel load: many sends of one person at the same moment, on one node and on two nodes
 * (two connection pools on one database, as two cluster nodes), store exactly as many thanks as the limit allows.
 * Runs on HSQLDB, and on PostgreSQL and MariaDB in the {@code postgres} and {@code mariadb} profiles.
 */
public class AoThanksLimitStoreTest {
    private static final int SENDERS = 50;
    private static final int SENDS = 60;
    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant DAY_AGO = NOW.minus(Duration.ofDays(1));

    private final List<EntityManagerActiveObjects> opened = new ArrayList<>();

    @After
    public void closeDatabases() {
        opened.forEach(TestDatabase::close);
    }

    private List<ThanksStore> nodes(int count) {
        List<EntityManagerActiveObjects> nodes = TestDatabase.openNodes(count, AoThanks.class, AoThanksSender.class, AoThanksPerson.class,
                AoThanksDepartment.class);
        opened.addAll(nodes);
        return nodes.stream().<ThanksStore>map(AoThanksStore::new).toList();
    }

    private static Thanks thanks(String sender, int n) {
        return new Thanks(0, sender, List.of("JIRAUSER20002"), "", "parallel " + n, "", ThanksContext.NONE,
                Thanks.Visibility.PUBLIC, NOW, List.of("sales"), List.of("development"), true, Thanks.State.ACTIVE);
    }

    /** Runs the tasks on {@value #SENDERS} threads released at once; the results in task order. */
    private static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(3, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends {@value #SENDS} thanks of one person at once, spread over the nodes; how many were accepted. */
    private static int sendAtOnce(List<ThanksStore> nodes, String sender, int limit) throws Exception {
        List<Callable<Boolean>> sends = new ArrayList<>();
        for (int i = 0; i < SENDS; i++) {
            ThanksStore node = nodes.get(i % nodes.size());
            int n = i;
            sends.add(() -> node.insertWithinLimit(thanks(sender, n), limit, DAY_AGO).isPresent());
        }
        return (int) inParallel(sends).stream().filter(accepted -> accepted).count();
    }

    @Test
    public void sixtyParallelSendsWithLimitTwentyStoreExactlyTwenty() throws Exception {
        List<ThanksStore> node = nodes(1);

        int accepted = sendAtOnce(node, "JIRAUSER10001", 20);

        assertEquals(20, accepted);
        assertEquals(20, node.get(0).countSentSince("JIRAUSER10001", DAY_AGO));
    }

    @Test
    public void sixtyParallelSendsWithLimitFiveStoreExactlyFive() throws Exception {
        List<ThanksStore> node = nodes(1);

        int accepted = sendAtOnce(node, "JIRAUSER10001", 5);

        assertEquals(5, accepted);
        assertEquals(5, node.get(0).countSentSince("JIRAUSER10001", DAY_AGO));
    }

    @Test
    public void theLimitHoldsAcrossTwoNodes() throws Exception {
        List<ThanksStore> nodes = nodes(2);

        int acceptedOfTwenty = sendAtOnce(nodes, "JIRAUSER10001", 20);
        int acceptedOfFive = sendAtOnce(nodes, "JIRAUSER10002", 5);

        assertEquals(20, acceptedOfTwenty);
        assertEquals(20, nodes.get(1).countSentSince("JIRAUSER10001", DAY_AGO));
        assertEquals(5, acceptedOfFive);
        assertEquals(5, nodes.get(0).countSentSince("JIRAUSER10002", DAY_AGO));
    }

    @Test
    public void thanksOlderThanADayDoNotCountAndOthersAreNotHeldBack() {
        ThanksStore store = nodes(1).get(0);
        Thanks old = thanks("JIRAUSER10001", 0);
        store.insert(new Thanks(0, old.senderKey(), old.recipientKeys(), "", "yesterday", "", old.context(),
                old.visibility(), DAY_AGO.minusSeconds(1), old.senderDepartments(), old.recipientDepartments(), true,
                Thanks.State.ACTIVE));

        Optional<Thanks> first = store.insertWithinLimit(thanks("JIRAUSER10001", 1), 1, DAY_AGO);
        Optional<Thanks> second = store.insertWithinLimit(thanks("JIRAUSER10001", 2), 1, DAY_AGO);
        Optional<Thanks> other = store.insertWithinLimit(thanks("JIRAUSER10003", 3), 1, DAY_AGO);

        assertTrue(first.isPresent());
        assertTrue(second.isEmpty());
        assertTrue(other.isPresent());
        assertEquals(first.get(), store.find(first.get().id()).orElseThrow());
    }

    /**
     * The price of the lock row, measured: {@value #SENDERS} people sending at once on two nodes, each
     * {@value #ROUNDS} thanks, with the lock row and with the unguarded count-then-insert it replaced. Prints the
     * figures (docs/PERFORMANCE.md); asserts that both ways stored every thanks, which no limit stopped.
     */
    @Test
    public void throughputOfFiftySendersWithAndWithoutTheLockRow() throws Exception {
        List<ThanksStore> nodes = nodes(2);
        sendEach(nodes, "warm", false);
        sendEach(nodes, "warm", true);

        long unguarded = sendEach(nodes, "plain", false);
        long guarded = sendEach(nodes, "locked", true);

        System.out.printf(Locale.ROOT, "[limit-figures] %s: %d senders x %d thanks on 2 nodes: unguarded %.0f/s,"
                        + " lock row %.0f/s (%.2fx the time)%n", TestDatabase.kind(), SENDERS, ROUNDS,
                perSecond(unguarded), perSecond(guarded), (double) guarded / unguarded);
        assertEquals(SENDERS * ROUNDS, count(nodes.get(0), "plain"));
        assertEquals(SENDERS * ROUNDS, count(nodes.get(1), "locked"));
    }

    private static final int ROUNDS = 20;

    private static double perSecond(long nanos) {
        return SENDERS * ROUNDS / (nanos / 1e9);
    }

    private static int count(ThanksStore store, String prefix) {
        int total = 0;
        for (int s = 0; s < SENDERS; s++) {
            total += store.countSentSince(prefix + s, DAY_AGO);
        }
        return total;
    }

    /** Each of the senders sends {@value #ROUNDS} thanks in a row, all senders at once; the time it took. */
    private static long sendEach(List<ThanksStore> nodes, String prefix, boolean guarded) throws Exception {
        List<Callable<Integer>> senders = new ArrayList<>();
        AtomicInteger refused = new AtomicInteger();
        for (int s = 0; s < SENDERS; s++) {
            ThanksStore node = nodes.get(s % nodes.size());
            String sender = prefix + s;
            senders.add(() -> {
                for (int i = 0; i < ROUNDS; i++) {
                    if (guarded) {
                        if (node.insertWithinLimit(thanks(sender, i), 1000, DAY_AGO).isEmpty()) {
                            refused.incrementAndGet();
                        }
                    } else if (node.countSentSince(sender, DAY_AGO) < 1000) {
                        node.insert(thanks(sender, i));
                    }
                }
                return ROUNDS;
            });
        }
        long start = System.nanoTime();
        inParallel(senders);
        long took = System.nanoTime() - start;
        assertEquals(0, refused.get());
        return took;
    }
}
