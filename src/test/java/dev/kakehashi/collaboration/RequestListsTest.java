package dev.kakehashi.collaboration;

import static dev.kakehashi.testing.FakePeople.key;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.admin.DepartmentInput;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.collaboration.ao.AoCollaborationStore;
import dev.kakehashi.collaboration.ao.AoRequest;
import dev.kakehashi.collaboration.ao.AoRequestEvent;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class RequestListsTest {
    private static final Instant CREATED = Instant.parse("2026-11-02T01:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-12T03:00:00Z");
    private final FakePeople people = new FakePeople()
            .with("tanaka", "田中 一郎", "sales")
            .with("suzuki", "鈴木 次郎", "development")
            .with("kato", "加藤 四郎");
    private final Issues issues = new Issues();
    private EntityManagerActiveObjects ao;
    private CollaborationStore store;
    private RequestLists lists;
    /** The store reads (one statement each) the lists made. */
    private int reads;

    /** Jira's issues: each request has one; the secret ones only tanaka may browse. */
    private static final class Issues implements RequestIssues {
        final Map<Long, IssueRef> byId = new HashMap<>();
        final Set<Long> secret = new HashSet<>();
        /** Lookups asked of Jira: of one issue, and of many at once. */
        int single;
        int batches;

        @Override
        public Optional<IssueRef> byKey(String key) {
            return byId.values().stream().filter(i -> i.key().equals(key)).findFirst();
        }

        @Override
        public Optional<IssueRef> byId(long id) {
            single++;
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Map<Long, IssueRef> browsable(java.util.Collection<Long> ids, String userKey) {
            batches++;
            Map<Long, IssueRef> found = new HashMap<>();
            ids.stream().map(byId::get).filter(i -> i != null && canBrowse(i, userKey))
                    .forEach(i -> found.put(i.id(), i));
            return found;
        }

        @Override
        public boolean canBrowse(IssueRef issue, String userKey) {
            return !secret.contains(issue.id()) || key("tanaka").equals(userKey);
        }

        @Override
        public boolean canEdit(IssueRef issue, String userKey) {
            return false;
        }

        @Override
        public boolean canAdminister(IssueRef issue, String userKey) {
            return false;
        }

        @Override
        public IssueRef create(String userKey, String projectKey, String issueTypeId, String summary,
                               String description) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteCreated(IssueRef issue) {
            throw new UnsupportedOperationException();
        }
    }

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoRequest.class, AoRequestEvent.class, AoDepartment.class, AoDepartmentGroup.class);
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), people.groups(g -> true),
                people, new MemoryCaches());
        departments.create(new DepartmentInput("sales", "Sales", "営業", List.of("sales"), null));
        departments.create(new DepartmentInput("development", "Development", "開発", List.of("development"), null));
        store = new AoCollaborationStore(ao);
        CollaborationStore counted = (CollaborationStore) java.lang.reflect.Proxy.newProxyInstance(
                CollaborationStore.class.getClassLoader(), new Class<?>[] {CollaborationStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("listed")) {
                        reads++;
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        lists = new RequestLists(counted, issues, departments, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    private void request(long id, String from, String to, Step step, LocalDate due) {
        issues.byId.put(id, new RequestIssues.IssueRef(id, "COLLAB-" + (id - 10000), "依頼 " + id, "COLLAB", "1",
                false, key("tanaka")));
        RequestDetails details = new RequestDetails(RequestKind.JOINT_TASK, from, to, "目的", "範囲", "", "",
                key("tanaka"), "", "", due);
        CollaborationRequest created = CollaborationRequest.create(id, details, null, CREATED);
        store.insert(created, new HistoryEntry(id, HistoryEntry.Event.CREATED, null, Step.DEFINE, key("tanaka"),
                CREATED));
        if (step != Step.DEFINE) {
            Instant moved = CREATED.plusSeconds(86_400 * 4);
            assertTrue(store.update(created.withStep(step, moved), new HistoryEntry(id, HistoryEntry.Event.ADVANCED,
                    Step.DEFINE, step, key("tanaka"), moved)));
        }
    }

    private static List<String> keys(RequestLists.Page page) {
        return page.rows().stream().map(RequestLists.Row::issueKey).toList();
    }

    @Test
    public void thePartnerSeesTheRequestsToTheirDepartmentByStepWithTheirAges() {
        request(10001, "sales", "development", Step.AGREED, LocalDate.of(2026, 11, 10));
        request(10002, "sales", "development", Step.DEFINE, null);
        request(10003, "development", "sales", Step.DEFINE, null);

        RequestLists.Page to = lists.list(key("suzuki"), CollaborationStore.Side.TO, 0);

        assertEquals(List.of("development"), to.departments());
        assertEquals(List.of("COLLAB-2", "COLLAB-1"), keys(to));
        RequestLists.Row agreed = to.rows().get(1);
        assertEquals(Step.AGREED, agreed.step());
        assertEquals("sales", agreed.fromDepartment());
        assertEquals(10, agreed.daysOpen());
        assertEquals(Long.valueOf(6), agreed.daysInStep());
        assertTrue("due before today at step 3", agreed.overdue());
        assertEquals(10, to.rows().get(0).daysInStep().longValue());
        assertFalse(to.rows().get(0).overdue());
        assertEquals(List.of("COLLAB-3"), keys(lists.list(key("suzuki"), CollaborationStore.Side.FROM, 0)));
        assertEquals(List.of("COLLAB-3"), keys(lists.list(key("tanaka"), CollaborationStore.Side.TO, 0)));
    }

    @Test
    public void requestsTheViewerMayNotBrowseAreLeftOutWithoutATrace() {
        request(10001, "sales", "development", Step.DEFINE, null);
        request(10002, "sales", "development", Step.DEFINE, null);
        issues.secret.add(10002L);

        RequestLists.Page page = lists.list(key("suzuki"), CollaborationStore.Side.TO, 0);

        assertEquals(List.of("COLLAB-1"), keys(page));
        assertFalse("no next page leads to hidden requests", page.hasNext());
        assertEquals(List.of("COLLAB-2", "COLLAB-1"), keys(lists.list(key("tanaka"), CollaborationStore.Side.FROM, 0)));
    }

    @Test
    public void pagesHoldTwentyFiveVisibleRequestsAndStopAtTheReadBound() {
        for (long id = 10001; id <= 10001 + RequestLists.SCAN_MAX + 10; id++) {
            request(id, "sales", "development", Step.DEFINE, null);
            if (id % 2 == 0) {
                issues.secret.add(id);
            }
        }

        reads = 0;
        RequestLists.Page first = lists.list(key("suzuki"), CollaborationStore.Side.TO, 0);
        assertEquals("25 visible in the first 50 rows, the 26th (a next page exists) in the next 50", 2, reads);
        RequestLists.Page second = lists.list(key("suzuki"), CollaborationStore.Side.TO, 1);

        assertEquals(RequestLists.PAGE_SIZE, first.rows().size());
        assertTrue(first.rows().stream().allMatch(r -> Long.parseLong(r.issueKey().substring(7)) % 2 == 1));
        assertTrue(first.hasNext());
        assertFalse(first.hasPrevious());
        assertFalse("pages do not overlap", keys(second).stream().anyMatch(keys(first)::contains));
        reads = 0;
        RequestLists.Page last = lists.list(key("suzuki"), CollaborationStore.Side.TO, 999);
        assertEquals("at most the bound, in chunks, whatever the number of requests",
                RequestLists.SCAN_MAX / RequestLists.CHUNK, reads);
        assertEquals(RequestLists.LAST_PAGE, last.page());
        assertTrue("half the rows are hidden: the bound is reached before page 20 fills", last.bounded());
        assertTrue(last.rows().isEmpty());
        assertFalse(last.hasNext());
    }

    /** A page looks its issues up in Jira once per chunk read, whether it shows 3 rows or 25. */
    @Test
    public void aPageLooksItsIssuesUpOnceNotOncePerRow() {
        for (long id = 10001; id <= 10003; id++) {
            request(id, "sales", "development", Step.DEFINE, null);
        }
        issues.single = 0;
        assertEquals(3, lists.list(key("suzuki"), CollaborationStore.Side.TO, 0).rows().size());
        assertEquals(1, issues.batches);
        for (long id = 10004; id <= 10040; id++) {
            request(id, "sales", "development", Step.DEFINE, null);
        }
        issues.batches = 0;

        assertEquals(RequestLists.PAGE_SIZE, lists.list(key("suzuki"), CollaborationStore.Side.TO, 0).rows().size());

        assertEquals(1, issues.batches);
        assertEquals("no lookup of single issues", 0, issues.single);
    }

    @Test
    public void someoneWithoutADepartmentSeesNoRequests() {
        request(10001, "sales", "development", Step.DEFINE, null);

        RequestLists.Page page = lists.list(key("kato"), CollaborationStore.Side.TO, 0);

        assertEquals(List.of(), page.departments());
        assertEquals(List.of(), page.rows());
    }
}
