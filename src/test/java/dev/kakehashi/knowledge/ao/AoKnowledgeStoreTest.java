package dev.kakehashi.knowledge.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.knowledge.KnowledgeKind;
import dev.kakehashi.knowledge.KnowledgePage;
import dev.kakehashi.knowledge.KnowledgeQuery;
import dev.kakehashi.knowledge.LinkState;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class AoKnowledgeStoreTest {
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    private EntityManagerActiveObjects ao;
    private AoKnowledgeStore store;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoKnowledgePage.class, AoKnowledgeDepartment.class);
        store = new AoKnowledgeStore(ao);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    private static KnowledgePage page(long pageId, String space, KnowledgeKind kind, List<String> departments) {
        return new KnowledgePage(0, pageId, space, kind, "成果と学び " + pageId, departments, "COLLAB-" + pageId,
                "回答時間が半分に", LocalDate.of(2026, 12, 1), "JIRAUSER10001", T0.plusSeconds(pageId),
                LinkState.PENDING);
    }

    private List<Long> pageIds(KnowledgeQuery query) {
        return store.list(query).stream().map(KnowledgePage::pageId).toList();
    }

    @Test
    public void aPageRoundTripsWithEmojiAndTextAtItsLimits() {
        String title = "成果😀".repeat(63) + "成果x";
        String summary = "🤝".repeat(150);
        KnowledgePage stored = store.insert(new KnowledgePage(0, 65601, "DEMO", KnowledgeKind.MEETING, title,
                List.of("sales", "general-affairs"), null, summary, LocalDate.of(2026, 11, 30), "K1", T0,
                LinkState.NONE));
        assertTrue(stored.id() > 0);
        KnowledgePage read = store.find(65601).orElseThrow();
        assertEquals(stored, read);
        assertEquals(title, read.title());
        assertEquals(summary, read.summary());
        assertTrue(store.find(65602).isEmpty());
    }

    @Test
    public void theSamePageIsKeptOnceAndTheFirstStays() {
        KnowledgePage first = store.insert(page(10, "DEMO", KnowledgeKind.RESULTS, List.of("sales")));
        KnowledgePage second = store.insert(page(10, "DEV", KnowledgeKind.PLAN, List.of("development")));
        assertEquals(first, second);
        assertEquals(List.of(10L), pageIds(new KnowledgeQuery(KnowledgeKind.RESULTS, null, "sales", 0, 10)));
        assertEquals(List.of(), pageIds(new KnowledgeQuery(KnowledgeKind.PLAN, null, "development", 0, 10)));
    }

    @Test
    public void logsListOneKindOfOneSpaceOrEverySpaceNewestFirstPageByPage() {
        for (long id = 1; id <= 9; id++) {
            store.insert(page(id, id % 2 == 0 ? "DEV" : "DEMO", id % 3 == 0 ? KnowledgeKind.MEETING
                    : KnowledgeKind.RESULTS, id % 2 == 0 ? List.of("sales", "development") : List.of("support")));
        }
        assertEquals(List.of(8L, 7L, 5L, 4L, 2L, 1L), pageIds(new KnowledgeQuery(KnowledgeKind.RESULTS, null, null, 0, 50)));
        assertEquals(List.of(7L, 5L, 1L), pageIds(new KnowledgeQuery(KnowledgeKind.RESULTS, "DEMO", null, 0, 50)));
        assertEquals(List.of(8L, 4L, 2L), pageIds(new KnowledgeQuery(KnowledgeKind.RESULTS, null, "sales", 0, 50)));
        assertEquals(List.of(6L), pageIds(new KnowledgeQuery(KnowledgeKind.MEETING, "DEV", "development", 0, 50)));
        assertEquals(List.of(), pageIds(new KnowledgeQuery(KnowledgeKind.MEETING, "DEMO", "development", 0, 50)));
        List<KnowledgePage> firstTwo = store.list(new KnowledgeQuery(KnowledgeKind.RESULTS, null, null, 0, 2));
        assertEquals(List.of(8L, 7L), firstTwo.stream().map(KnowledgePage::pageId).toList());
        assertEquals(List.of(5L, 4L), pageIds(new KnowledgeQuery(KnowledgeKind.RESULTS, null, null,
                firstTwo.get(1).id(), 2)));
        KnowledgePage sales = store.list(new KnowledgeQuery(KnowledgeKind.RESULTS, null, "sales", 0, 1)).get(0);
        assertEquals(List.of(4L), pageIds(new KnowledgeQuery(KnowledgeKind.RESULTS, "DEV", "sales", sales.id(), 1)));
    }

    @Test
    public void theLinkStateChanges() {
        store.insert(page(20, "DEMO", KnowledgeKind.RESULTS, List.of()));
        store.setLinkState(20, LinkState.NEEDS_AUTHORISATION);
        assertEquals(LinkState.NEEDS_AUTHORISATION, store.find(20).orElseThrow().linkState());
        store.setLinkState(20, LinkState.RECORDED);
        assertEquals(LinkState.RECORDED, store.find(20).orElseThrow().linkState());
        assertEquals(List.of(), store.find(20).orElseThrow().departments());
    }

    @Test
    public void twoNodesKeepingTheSamePagesAtOnceKeepEachOnce() throws Exception {
        List<EntityManagerActiveObjects> nodes = TestDatabase.openNodes(2, AoKnowledgePage.class,
                AoKnowledgeDepartment.class);
        // AO's HSQLDB provider serialises each node's inserts with a Java lock, which deadlocks against HSQLDB's row
        // locks when two threads of one node interleave transactions of several rows: one writer per node there.
        int writers = TestDatabase.kind().equals("hsqldb") ? 2 : 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<KnowledgePage>>> results = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                AoKnowledgeStore node = new AoKnowledgeStore(nodes.get(writer % 2));
                results.add(pool.submit(() -> {
                    start.await();
                    List<KnowledgePage> kept = new ArrayList<>();
                    for (long id = 1; id <= 5; id++) {
                        kept.add(node.insert(page(500 + id, "DEMO", KnowledgeKind.RESULTS, List.of("sales", "support"))));
                    }
                    return kept;
                }));
            }
            start.countDown();
            for (Future<List<KnowledgePage>> result : results) {
                for (KnowledgePage kept : result.get(60, TimeUnit.SECONDS)) {
                    assertTrue(kept.id() > 0);
                }
            }
            AoKnowledgeStore reader = new AoKnowledgeStore(nodes.get(0));
            assertEquals(List.of(505L, 504L, 503L, 502L, 501L),
                    reader.list(new KnowledgeQuery(KnowledgeKind.RESULTS, "DEMO", null, 0, 50)).stream()
                            .map(KnowledgePage::pageId).toList());
            assertEquals(5, reader.list(new KnowledgeQuery(KnowledgeKind.RESULTS, null, "support", 0, 50)).size());
            assertEquals(20, nodes.get(1).count(AoKnowledgeDepartment.class));
        } finally {
            pool.shutdownNow();
            nodes.forEach(TestDatabase::close);
        }
    }
}
