package dev.kakehashi.goals.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.goals.Cadence;
import dev.kakehashi.goals.Goal;
import dev.kakehashi.goals.GoalQuery;
import dev.kakehashi.goals.GoalStatus;
import dev.kakehashi.goals.GoalStore;
import dev.kakehashi.goals.GoalUpdate;
import dev.kakehashi.goals.Measure;
import dev.kakehashi.goals.Milestone;
import dev.kakehashi.goals.Participant;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class AoGoalStoreTest {
    private static final Instant T0 = Instant.parse("2026-09-01T00:00:00Z");
    private EntityManagerActiveObjects ao;
    private AoGoalStore store;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoGoal.class, AoGoalUpdate.class, AoGoalItem.class);
        store = new AoGoalStore(ao);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    private static Goal goal(String space, String title, List<String> departments, LocalDate due, List<String> labels) {
        List<Participant> participants = departments.stream()
                .map(d -> new Participant(d, "JIRAUSER" + d.length(), d + " が担当する部分 🤝")).toList();
        return new Goal(0, space, 0, title, "説明\n二行目", "OWNER", participants,
                Measure.number(0, 100, 10, "件"), LocalDate.of(2026, 9, 1), due, GoalStatus.ON_TRACK,
                Cadence.BIWEEKLY, labels, T0, T0, null, 0);
    }

    private Goal insert(Goal goal) {
        return store.insert(goal, new GoalUpdate(0, 0, GoalUpdate.Kind.CREATED, goal.measure().current(), 0,
                goal.status(), "", "OWNER", T0));
    }

    @Test
    public void aGoalRoundTripsWithDepartmentsMilestonesLabelsAndLongText() {
        String longText = "目標😀".repeat(3_334);
        Goal checklist = new Goal(0, "DEMO", 65540, "問い合わせ一次回答を 24 時間以内に", longText, "OWNER",
                List.of(new Participant("sales", "K1", "顧客への案内"), new Participant("support", "", "")),
                Measure.checklist(List.of(new Milestone("FAQ を 10 件書く", true), new Milestone("テンプレ整備", false))),
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 31), GoalStatus.AT_RISK, Cadence.MONTHLY,
                List.of("q4", "顧客体験"), T0, T0, null, 0);

        Goal stored = insert(checklist);
        Goal read = store.find(stored.id()).orElseThrow();

        assertEquals(stored, read);
        assertEquals(10_002, read.description().codePointCount(0, read.description().length()));
        assertEquals(0.5, read.measure().progress(), 1e-9);
        assertTrue(store.find(stored.id() + 1000).isEmpty());
        assertTrue(store.find(-1).isEmpty());
        assertEquals(1, store.history(stored.id(), 10).size());
        assertEquals(stored, store.findByHomePage(65540).orElseThrow());
        assertTrue(store.findByHomePage(65541).isEmpty());
    }

    @Test
    public void anUpdateOfAnOlderVersionIsRefusedAndWritesNothing() {
        Goal v0 = insert(goal("DEMO", "受注率", List.of("sales", "support"), LocalDate.of(2026, 12, 31), List.of()));
        Goal v1 = v0.withProgress(v0.measure().withCurrent(30), GoalStatus.ON_TRACK, T0.plusSeconds(60));
        assertTrue(store.update(v1, entry(v1, 30, "JIRAUSER1")));

        Goal alsoFromV0 = v0.withProgress(v0.measure().withCurrent(99), GoalStatus.AT_RISK, T0.plusSeconds(90));
        assertFalse(store.update(alsoFromV0, entry(alsoFromV0, 99, "JIRAUSER2")));

        Goal read = store.find(v0.id()).orElseThrow();
        assertEquals(30, read.measure().current(), 0);
        assertEquals(0.3, read.measure().progress(), 1e-9);
        List<GoalUpdate> history = store.history(v0.id(), 10);
        assertEquals(List.of(0, 1), history.stream().map(GoalUpdate::version).toList());
        assertEquals(30, history.get(1).value(), 0);
    }

    private static GoalUpdate entry(Goal g, double value, String author) {
        return new GoalUpdate(g.id(), g.version(), GoalUpdate.Kind.PROGRESS, value, 0, g.status(), "コメント", author,
                g.updatedAt());
    }

    @Test
    public void historyKeepsTheLatestEntriesOldestFirst() {
        Goal g = insert(goal("DEMO", "g", List.of("sales", "support"), LocalDate.of(2026, 12, 31), List.of()));
        for (int i = 1; i <= 5; i++) {
            Goal next = g.withProgress(g.measure().withCurrent(i * 10), GoalStatus.ON_TRACK, T0.plusSeconds(i));
            assertTrue(store.update(next, entry(next, i * 10, "A")));
            g = next;
        }

        assertEquals(List.of(30.0, 40.0, 50.0), store.history(g.id(), 3).stream().map(GoalUpdate::value).toList());
    }

    @Test
    public void concurrentUpdatesFromTwoNodesLoseNothing() throws Exception {
        TestDatabase.close(ao);
        List<EntityManagerActiveObjects> nodes = TestDatabase.openNodes(2, AoGoal.class, AoGoalUpdate.class, AoGoalItem.class);
        ao = nodes.get(0);
        try {
            List<AoGoalStore> stores = nodes.stream().map(AoGoalStore::new).toList();
            long id = stores.get(0).insert(goal("DEMO", "g", List.of("sales", "it"), LocalDate.of(2026, 12, 31),
                    List.of()), new GoalUpdate(0, 0, GoalUpdate.Kind.CREATED, 10, 0, GoalStatus.ON_TRACK, "", "O", T0))
                    .id();
            AtomicInteger won = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(12);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 12; w++) {
                GoalStore mine = stores.get(w % 2);
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 10; i++) {
                        Goal seen = mine.find(id).orElseThrow();
                        Goal next = seen.withProgress(seen.measure().withCurrent(writer * 100 + i), GoalStatus.ON_TRACK,
                                Instant.now());
                        if (mine.update(next, entry(next, writer * 100 + i, "W" + writer))) {
                            won.incrementAndGet();
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

            Goal last = stores.get(1).find(id).orElseThrow();
            List<GoalUpdate> history = stores.get(0).history(id, 10_000);
            assertTrue(won.get() > 0);
            assertEquals(won.get(), last.version());
            assertEquals(won.get() + 1, history.size());
            assertEquals(history.get(history.size() - 1).value(), last.measure().current(), 0);
        } finally {
            TestDatabase.close(nodes.get(1));
        }
    }

    @Test
    public void listsFilterBySpaceDepartmentStatusAndLabelInEachOrder() {
        Goal a = insert(goal("DEMO", "B 受注率", List.of("sales", "support"), LocalDate.of(2026, 12, 31), List.of("q4")));
        Goal b = insert(goal("DEMO", "A 問い合わせ", List.of("support", "development"), LocalDate.of(2026, 11, 30),
                List.of("q4", "cx")));
        Goal c = insert(goal("DEV", "C 品質", List.of("development", "it"), LocalDate.of(2027, 1, 31), List.of()));
        Goal moved = c.withProgress(c.measure().withCurrent(90), GoalStatus.AT_RISK, T0.plusSeconds(5));
        assertTrue(store.update(moved, entry(moved, 90, "A")));

        assertEquals(List.of(b.id(), a.id(), c.id()), ids(query(null, null, null, null, GoalQuery.Sort.DUE)));
        assertEquals(List.of(b.id(), a.id()), ids(query("DEMO", null, null, null, GoalQuery.Sort.TITLE)));
        assertEquals(List.of(b.id(), a.id()), ids(query(null, "support", null, null, GoalQuery.Sort.DUE)));
        assertEquals(List.of(c.id()), ids(query(null, null, GoalStatus.AT_RISK, null, GoalQuery.Sort.DUE)));
        assertEquals(List.of(b.id()), ids(query(null, null, null, "cx", GoalQuery.Sort.DUE)));
        assertEquals(c.id(), ids(query(null, null, null, null, GoalQuery.Sort.PROGRESS)).get(0).longValue());
        assertEquals(c.id(), ids(query(null, null, null, null, GoalQuery.Sort.UPDATED)).get(0).longValue());
        assertEquals(List.of(b.id()), ids(query(null, "development", null, "q4", GoalQuery.Sort.DUE)));
        assertEquals(List.of(), ids(query(null, "sales", null, "cx", GoalQuery.Sort.DUE)));
    }

    @Test
    public void aPageHoldsOnlyGoalsOfTheGivenSpacesAndTheTotalCountsOnlyThose() {
        List<Long> demo = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            demo.add(insert(goal("DEMO", "見える " + i, List.of("sales", "support"), LocalDate.of(2026, 10, 1 + i),
                    List.of("q4"))).id());
            insert(goal("HIDDEN", "見えない " + i, List.of("sales", "support"), LocalDate.of(2026, 9, 1 + i),
                    List.of("q4")));
        }

        GoalStore.Page first = store.page(new GoalQuery(null, "sales", null, "q4", GoalQuery.Sort.DUE, 0, 5),
                List.of("DEMO", "DEV"));
        GoalStore.Page second = store.page(new GoalQuery(null, "sales", null, "q4", GoalQuery.Sort.DUE, 5, 5),
                List.of("DEMO", "DEV"));

        assertEquals(7, first.total());
        assertEquals(demo.subList(0, 5), first.goals().stream().map(Goal::id).toList());
        assertEquals(demo.subList(5, 7), second.goals().stream().map(Goal::id).toList());
        assertEquals(7, second.total());
        assertEquals(List.of("sales", "support"), first.goals().get(0).participants().stream()
                .map(Participant::departmentKey).toList());
        assertEquals(List.of("q4"), first.goals().get(0).labels());
        assertEquals(new GoalStore.Page(List.of(), 0), store.page(new GoalQuery(null, null, null, null,
                GoalQuery.Sort.DUE, 0, 5), List.of()));
    }

    @Test
    public void aLabelWithLikeWildcardsMatchesOnlyItself() {
        Goal percent = insert(goal("DEMO", "p", List.of("sales", "support"), LocalDate.of(2026, 12, 31),
                List.of("50%", "a_c", "x\\y", "!")));
        Goal plain = insert(goal("DEMO", "q", List.of("sales", "support"), LocalDate.of(2026, 12, 30),
                List.of("500", "abc", "xy", "x\\\\y", "q4")));

        assertEquals(List.of(percent.id()), ids(query(null, null, null, "50%", GoalQuery.Sort.DUE)));
        assertEquals(List.of(percent.id()), ids(query(null, null, null, "a_c", GoalQuery.Sort.DUE)));
        assertEquals(List.of(percent.id()), ids(query(null, null, null, "x\\y", GoalQuery.Sort.DUE)));
        assertEquals(List.of(percent.id()), ids(query(null, null, null, "!", GoalQuery.Sort.DUE)));
        assertEquals(List.of(plain.id()), ids(query(null, null, null, "x\\\\y", GoalQuery.Sort.DUE)));
        for (String wildcard : List.of("%", "_", "5_%", "_4", "%|%", "\\", "!%", "a!_c")) {
            assertEquals(wildcard, List.of(), ids(query(null, null, null, wildcard, GoalQuery.Sort.DUE)));
        }
        assertEquals(List.of(plain.id()), ids(query(null, null, null, "q4", GoalQuery.Sort.DUE)));
    }

    @Test
    public void titlesAreFoundByAnyPartInAnyCaseAndWidthOnlyInTheSpacesGivenNewestFirst() {
        LocalDate due = LocalDate.of(2027, 3, 31);
        Goal sales = insert(goal("DEMO", "顧客満足度を上げる Customer Satisfaction", List.of(), due, List.of()));
        Goal hidden = insert(goal("SECRET", "顧客満足度 (secret)", List.of(), due, List.of()));
        Goal newer = insert(goal("DEV", "ＣＵＳＴＯＭＥＲ portal 100% ready_now", List.of(), due, List.of()));

        assertEquals(List.of(newer.id(), sales.id()), titledIds("customer", List.of("DEMO", "DEV")));
        assertEquals(List.of(sales.id()), titledIds("満足", List.of("DEMO", "DEV")));
        assertEquals(List.of(hidden.id(), sales.id()), titledIds("満足", List.of("DEMO", "SECRET")));
        assertEquals("LIKE wildcards are text", List.of(newer.id()), titledIds("100%", List.of("DEMO", "DEV")));
        assertEquals(List.of(newer.id()), titledIds("_", List.of("DEMO", "DEV")));
        assertEquals(List.of(newer.id()), titledIds("", List.of("DEMO", "DEV")).subList(0, 1));
        assertEquals(List.of(), titledIds("customer", List.of()));
        GoalStore.Titled found = store.titled("satisfaction", List.of("DEMO"), 5).get(0);
        assertEquals(new GoalStore.Titled(sales.id(), sales.title(), "DEMO", 0), found);
        assertEquals(1, store.titled("", List.of("DEMO", "DEV"), 1).size());
    }

    private List<Long> titledIds(String text, List<String> spaces) {
        return store.titled(text, spaces, 10).stream().map(GoalStore.Titled::id).toList();
    }

    private GoalStore.Page query(String space, String department, GoalStatus status, String label,
                                 GoalQuery.Sort sort) {
        GoalStore.Page page = store.page(new GoalQuery(space, department, status, label, sort, 0, 10),
                space == null ? List.of("DEMO", "DEV") : List.of(space));
        assertEquals(page.goals().size(), page.total());
        return page;
    }

    private static List<Long> ids(GoalStore.Page page) {
        return page.goals().stream().map(Goal::id).toList();
    }
}
