package dev.kakehashi.collaboration.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.collaboration.CollaborationRequest;
import dev.kakehashi.collaboration.CollaborationStore;
import dev.kakehashi.collaboration.HistoryEntry;
import dev.kakehashi.collaboration.RequestDetails;
import dev.kakehashi.collaboration.RequestKind;
import dev.kakehashi.collaboration.RequestSearch;
import dev.kakehashi.collaboration.Step;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class AoCollaborationStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");
    private EntityManagerActiveObjects ao;
    private AoCollaborationStore store;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoRequest.class, AoRequestEvent.class);
        store = new AoCollaborationStore(ao);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    private static CollaborationRequest request(long issueId, String from, String to, LocalDate due) {
        RequestDetails details = new RequestDetails(RequestKind.JOINT_TASK, from, to, "提案資料のテンプレートを共有する 📎",
                "営業資料 3 点だけ", "レビュー", "開発部も顧客の声をすぐ知れる", "JIRAUSER10001", "JIRAUSER10003",
                "JIRAUSER10002", due);
        return CollaborationRequest.create(issueId, details, null, T0);
    }

    private static HistoryEntry created(long issueId) {
        return new HistoryEntry(issueId, HistoryEntry.Event.CREATED, null, Step.DEFINE, "JIRAUSER10001", T0);
    }

    private CollaborationRequest insert(long issueId, String from, String to, LocalDate due) {
        return store.insert(request(issueId, from, to, due), created(issueId));
    }

    @Test
    public void theGoalARequestServesIsKeptChangedAndListsItsRequestsNewestFirst() {
        RequestDetails goal = new RequestDetails(RequestKind.JOINT_TASK, "sales", "development", "目的", "範囲", "",
                "", "JIRAUSER10001", "", "", null, 3_000_000_000L);
        CollaborationRequest first = store.insert(CollaborationRequest.create(20011, goal, null, T0), created(20011));
        insert(20012, "sales", "development", null);
        store.insert(CollaborationRequest.create(20013, goal, null, T0), created(20013));
        store.insert(CollaborationRequest.create(20014, goal, null, T0), created(20014));

        assertEquals(Long.valueOf(3_000_000_000L), store.find(20011).orElseThrow().goalId());
        assertEquals(null, store.find(20012).orElseThrow().goalId());
        assertEquals(List.of(20014L, 20013L, 20011L), store.servingGoal(3_000_000_000L, 10).stream()
                .map(CollaborationRequest::issueId).toList());
        assertEquals(List.of(20014L, 20013L), store.servingGoal(3_000_000_000L, 2).stream()
                .map(CollaborationRequest::issueId).toList());
        assertEquals(List.of(), store.servingGoal(5, 10));

        CollaborationRequest none = first.withDetails(new RequestDetails(RequestKind.JOINT_TASK, "sales",
                "development", "目的", "範囲", "", "", "JIRAUSER10001", "", "", null, null), T0.plusSeconds(1));
        assertTrue(store.update(none, new HistoryEntry(20011, HistoryEntry.Event.DETAILS_CHANGED, Step.DEFINE,
                Step.DEFINE, "JIRAUSER10001", T0.plusSeconds(1))));
        assertEquals(null, store.find(20011).orElseThrow().goalId());
        assertEquals(List.of(20014L, 20013L), store.servingGoal(3_000_000_000L, 10).stream()
                .map(CollaborationRequest::issueId).toList());
    }

    @Test
    public void changedFieldsRoundTripWithQuotesEmojiAndLongTextAndOldEntriesHaveNone() {
        CollaborationRequest v0 = insert(20001, "sales", "development", null);
        String longText = "\"<b>\" ,]あ😀".repeat(2_000);
        List<HistoryEntry.FieldChange> changes = List.of(new HistoryEntry.FieldChange("scope", "営業資料 3 点だけ", longText),
                new HistoryEntry.FieldChange("dueDate", "", "2026-12-10"));
        CollaborationRequest v1 = v0.touched(T0.plusSeconds(60));

        assertTrue(store.update(v1, new HistoryEntry(20001, HistoryEntry.Event.DETAILS_CHANGED, v1.step(), v1.step(),
                "JIRAUSER10001", T0.plusSeconds(60), "", "", changes)));

        List<HistoryEntry> history = store.history(20001, 10);
        assertEquals(List.of(), history.get(0).changes());
        assertEquals(changes, history.get(1).changes());
        assertEquals(List.of(), AoCollaborationStore.changes("not json"));
    }

    @Test
    public void aRequestRoundTripsWithJapaneseEmojiAndLongText() {
        String longText = "あ😀".repeat(5_000);
        CollaborationRequest r = request(20001, "sales", "development", LocalDate.of(2026, 12, 1));
        r = new CollaborationRequest(r.issueId(), r.kind(), r.requestingDepartment(), r.partnerDepartment(), longText,
                r.scope(), r.helpKind(), r.partnerBenefit(), r.requesterKey(), r.partnerContactKey(),
                r.decisionOwnerKey(), r.dueDate(), r.step(), "https://wiki.example/x?a=1&b=2", longText, 10000L,
                null, r.createdAt(), r.updatedAt(), 0);
        store.insert(r, created(20001));

        CollaborationRequest read = store.find(20001).orElseThrow();

        assertEquals(r, read);
        assertEquals(10_000, read.purpose().codePointCount(0, read.purpose().length()));
        assertTrue(store.find(20002).isEmpty());
    }

    @Test
    public void departmentListsAreByStepThenNewestWithTheTimeTheStepWasReached() {
        insert(20001, "sales", "development", LocalDate.of(2026, 12, 1));
        insert(20002, "support", "development", null);
        insert(20003, "sales", "marketing", null);
        insert(20004, "development", "sales", null);
        CollaborationRequest moved = store.find(20002).orElseThrow();
        Instant later = T0.plusSeconds(86_400 * 3);
        CollaborationRequest second = moved.withStep(Step.FIRST_CONTACT, later);
        assertTrue(store.update(second, new HistoryEntry(20002, HistoryEntry.Event.ADVANCED, Step.DEFINE,
                Step.FIRST_CONTACT, "JIRAUSER10003", later)));
        Instant evenLater = later.plusSeconds(86_400);
        assertTrue(store.update(second.touched(evenLater), new HistoryEntry(20002, HistoryEntry.Event.RESOLVED,
                Step.FIRST_CONTACT, Step.FIRST_CONTACT, "JIRAUSER10003", evenLater)));

        List<CollaborationStore.Listed> toDevelopment = store.listed(CollaborationStore.Side.TO,
                List.of("development", "it"), 0, 10);

        assertEquals(List.of(20001L, 20002L), toDevelopment.stream().map(CollaborationStore.Listed::issueId).toList());
        assertEquals(new CollaborationStore.Listed(20001, Step.DEFINE, "sales", "development", LocalDate.of(2026, 12, 1),
                T0, T0), toDevelopment.get(0));
        assertEquals("the step's time moves with the step, not with other changes", later,
                toDevelopment.get(1).stepChangedAt());
        assertEquals(List.of(20003L, 20001L), store.listed(CollaborationStore.Side.FROM, Set.of("sales"), 0, 10)
                .stream().map(CollaborationStore.Listed::issueId).toList());
        assertEquals(List.of(20001L), store.listed(CollaborationStore.Side.FROM, Set.of("sales"), 1, 1).stream()
                .map(CollaborationStore.Listed::issueId).toList());
        assertEquals(List.of(), store.listed(CollaborationStore.Side.TO, List.of(), 0, 10));
    }

    @Test
    public void anIssueHasOneRequest() {
        insert(20001, "sales", "development", null);

        assertThrows(CollaborationStore.DuplicateRequest.class, () -> insert(20001, "support", "it", null));
        assertEquals("sales", store.find(20001).orElseThrow().requestingDepartment());
        assertEquals("the refused insert wrote no history", 1, store.history(20001, 10).size());
    }

    @Test
    public void aChangeOfAnOlderVersionIsRefusedAndWritesNothing() {
        CollaborationRequest v0 = insert(20001, "sales", "development", null);
        CollaborationRequest v1 = v0.withStep(Step.FIRST_CONTACT, T0.plusSeconds(60));
        assertTrue(store.update(v1, moved(v0, v1)));

        CollaborationRequest alsoFromV0 = v0.withResult("", "別の人の変更", T0.plusSeconds(90));
        assertFalse(store.update(alsoFromV0, new HistoryEntry(20001, HistoryEntry.Event.RESULT_SHARED, v0.step(),
                v0.step(), "JIRAUSER10009", T0.plusSeconds(90))));

        CollaborationRequest read = store.find(20001).orElseThrow();
        assertEquals(Step.FIRST_CONTACT, read.step());
        assertEquals("", read.resultNote());
        assertEquals(1, read.version());
        List<HistoryEntry> history = store.history(20001, 10);
        assertEquals(List.of(HistoryEntry.Event.CREATED, HistoryEntry.Event.ADVANCED),
                history.stream().map(HistoryEntry::event).toList());
        assertEquals(Step.DEFINE, history.get(1).from());
        assertEquals(Step.FIRST_CONTACT, history.get(1).to());
        assertEquals(T0.plusSeconds(60), history.get(1).at());
    }

    private static HistoryEntry moved(CollaborationRequest before, CollaborationRequest after) {
        return new HistoryEntry(after.issueId(), HistoryEntry.Event.ADVANCED, before.step(), after.step(),
                "JIRAUSER10001", after.updatedAt());
    }

    @Test
    public void historyIsOldestFirstAndKeepsTheLatestEntries() {
        CollaborationRequest r = insert(20001, "sales", "development", null);
        for (int i = 0; i < 5; i++) {
            Step next = r.step().next().orElseThrow();
            CollaborationRequest moved = r.withStep(next, T0.plusSeconds(i + 1));
            assertTrue(store.update(moved, moved(r, moved)));
            r = moved;
        }

        List<HistoryEntry> last3 = store.history(20001, 3);

        assertEquals(List.of(Step.WORKING, Step.RESULT_SHARED, Step.NEXT_PROPOSED),
                last3.stream().map(HistoryEntry::to).toList());
        assertEquals(6, store.history(20001, 100).size());
    }

    @Test
    public void concurrentChangesFromTwoNodesLoseNothingAndDuplicateNothing() throws Exception {
        TestDatabase.close(ao);
        List<EntityManagerActiveObjects> nodes = TestDatabase.openNodes(2, AoRequest.class, AoRequestEvent.class);
        ao = nodes.get(0);
        try {
            List<AoCollaborationStore> stores = nodes.stream().map(AoCollaborationStore::new).toList();
            stores.get(0).insert(request(20001, "sales", "development", null), created(20001));
            int writers = 16;
            int attemptsEach = 15;
            AtomicInteger succeeded = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                AoCollaborationStore mine = stores.get(w % 2);
                String actor = "JIRAUSER" + (20000 + w);
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < attemptsEach; i++) {
                        CollaborationRequest seen = mine.find(20001).orElseThrow();
                        CollaborationRequest changed = seen.withResult("", actor + " " + i, Instant.now());
                        if (mine.update(changed, new HistoryEntry(20001, HistoryEntry.Event.RESULT_SHARED, seen.step(),
                                seen.step(), actor, Instant.now()))) {
                            succeeded.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();

            CollaborationRequest last = stores.get(1).find(20001).orElseThrow();
            List<HistoryEntry> history = stores.get(0).history(20001, 10_000);
            assertTrue("some changes won", succeeded.get() > 0);
            assertEquals("the version counts every change that won", succeeded.get(), last.version());
            assertEquals("one history entry per version", succeeded.get() + 1, history.size());
            assertEquals("the last entry's actor wrote the stored note",
                    history.get(history.size() - 1).actorKey(), last.resultNote().split(" ")[0]);
        } finally {
            TestDatabase.close(nodes.get(1));
        }
    }

    @Test
    public void requestsBetweenTwoDepartmentsInEitherDirectionNewestFirst() {
        insert(20001, "sales", "development", null);
        insert(20002, "development", "sales", null);
        insert(20003, "sales", "support", null);
        insert(20004, "sales", "development", null);

        List<Long> between = store.between("sales", "development", 20004, 10).stream()
                .map(CollaborationStore.PastRequest::issueId).toList();

        assertEquals(List.of(20002L, 20001L), between);
        assertEquals(1, store.between("development", "sales", 0, 1).size());
        CollaborationStore.PastRequest latest = store.between("development", "sales", 0, 1).get(0);
        assertEquals(new CollaborationStore.PastRequest(20004, Step.DEFINE, "sales"), latest);
    }

    @Test
    public void searchByDepartmentsStepsKindAndDueDate() {
        insert(20001, "sales", "development", LocalDate.of(2026, 11, 30));
        insert(20002, "development", "sales", LocalDate.of(2026, 12, 20));
        insert(20003, "sales", "support", null);
        CollaborationRequest r = store.find(20002).orElseThrow();
        CollaborationRequest moved = r.withStep(Step.FIRST_CONTACT, T0).withStep(Step.AGREED, T0);
        moved = new CollaborationRequest(moved.issueId(), moved.kind(), moved.requestingDepartment(),
                moved.partnerDepartment(), moved.purpose(), moved.scope(), moved.helpKind(), moved.partnerBenefit(),
                moved.requesterKey(), moved.partnerContactKey(), moved.decisionOwnerKey(), moved.dueDate(),
                moved.step(), "", "", null, null, moved.createdAt(), T0, 1);
        assertTrue(store.update(moved, moved(r, moved)));

        assertEquals(List.of(20001L, 20003L), store.search(search("sales", null, null, null, null, null)));
        assertEquals(List.of(20001L), store.search(search("sales", "development", null, null, null, null)));
        RequestSearch pair = new RequestSearch(null, null, "sales", "development", null, null, null, null, null, 100);
        assertEquals(List.of(20001L, 20002L), store.search(pair));
        assertEquals(List.of(20002L), store.search(search(null, null, 3, 3, null, null)));
        assertEquals(List.of(20001L, 20003L), store.search(search(null, null, null, 2, null, null)));
        assertEquals(List.of(20001L), store.search(search(null, null, null, null, null, LocalDate.of(2026, 12, 1))));
        assertEquals(List.of(20002L), store.search(search(null, null, null, null, LocalDate.of(2026, 12, 1), null)));
        RequestSearch kind = new RequestSearch(null, null, null, null, null, null, Set.of(RequestKind.SMALL_POC), null,
                null, 100);
        assertEquals(List.of(), store.search(kind));
        RequestSearch anyKind = new RequestSearch(null, null, null, null, null, null,
                Set.of(RequestKind.SMALL_POC, RequestKind.JOINT_TASK), null, null, 100);
        assertEquals("several kinds: any of them", List.of(20001L, 20002L, 20003L), store.search(anyKind));
        assertEquals(3, store.search(RequestSearch.any()).size());
    }

    private static RequestSearch search(String from, String to, Integer minStep, Integer maxStep, LocalDate dueFrom,
                                        LocalDate dueTo) {
        return new RequestSearch(from, to, null, null, minStep, maxStep, Set.of(), dueFrom, dueTo, 100);
    }
}
