package dev.kakehashi.insights.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.admin.CompanyCalendarService;
import dev.kakehashi.admin.DepartmentInput;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoCompanyCalendarStore;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.admin.ao.AoHoliday;
import dev.kakehashi.admin.ao.AoHolidayStore;
import dev.kakehashi.collaboration.ao.AoRequest;
import dev.kakehashi.goals.ao.AoGoal;
import dev.kakehashi.goals.ao.AoGoalItem;
import dev.kakehashi.insights.EventAttendance;
import dev.kakehashi.insights.CellFigures;
import dev.kakehashi.insights.Contact;
import dev.kakehashi.insights.DepartmentMap;
import dev.kakehashi.insights.DepartmentMapService;
import dev.kakehashi.insights.DepartmentMapStore;
import dev.kakehashi.insights.MapPeriod;
import dev.kakehashi.insights.PairFigures;
import dev.kakehashi.insights.PeriodFigures;
import dev.kakehashi.insights.Stage;
import dev.kakehashi.insights.Tally;
import dev.kakehashi.knowledge.ao.AoKnowledgePage;
import dev.kakehashi.platform.HostGroups;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.profiles.NewRequestLink;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.TestDatabase;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ao.AoThanks;
import dev.kakehashi.thanks.ao.AoThanksDepartment;
import dev.kakehashi.thanks.ao.AoThanksPerson;
import dev.kakehashi.thanks.ao.AoThanksStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The department map's store on a real database (HSQLDB, or PostgreSQL and MariaDB through the Maven profiles): what
 * the raw tables yield, the stored aggregates' round trip, the minimum group, and the whole service over them.
 */
public class AoDepartmentMapStoreTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** 2026-12-07 12:00 in Tokyo: the company's today is 2026-12-07, yesterday 2026-12-06. */
    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private EntityManagerActiveObjects ao;
    private AoDepartmentMapStore store;
    private int issueId = 10000;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoDeptMapCell.class, AoDeptMapDay.class, AoDeptMapPerson.class,
                AoDeptMapMark.class, AoSetting.class, AoThanks.class, AoThanksPerson.class,
                AoThanksDepartment.class, AoRequest.class, AoGoal.class, AoGoalItem.class, AoKnowledgePage.class,
                AoDepartment.class, AoDepartmentGroup.class, AoHoliday.class);
        store = new AoDepartmentMapStore(ao, TestDatabase.jdbc(ao));
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    private static long at(LocalDate day) {
        return day.atTime(10, 0).atZone(TOKYO).toInstant().toEpochMilli();
    }

    private void thanks(LocalDate day, String sender, List<String> recipients, List<String> from, List<String> to,
                        Thanks.Visibility visibility, Thanks.State state) {
        new AoThanksStore(ao).insert(new Thanks(0, sender, recipients, "", "ありがとう 🙏", "",
                ThanksContext.issue(10001), visibility, Instant.ofEpochMilli(at(day)), from, to, true, state));
    }

    private void request(LocalDate day, String from, String to, int step, String requester, String partner,
                         String owner) {
        Map<String, Object> row = new HashMap<>();
        row.put(AoRequest.ISSUE_ID, (long) issueId++);
        row.put(AoRequest.KIND, "consultation");
        row.put(AoRequest.FROM_DEPARTMENT, from);
        row.put(AoRequest.TO_DEPARTMENT, to);
        row.put(AoRequest.REQUESTER_KEY, requester);
        row.put(AoRequest.PARTNER_CONTACT_KEY, partner);
        row.put(AoRequest.DECISION_OWNER_KEY, owner);
        row.put(AoRequest.STEP, step);
        row.put(AoRequest.CREATED_AT, at(day));
        row.put(AoRequest.UPDATED_AT, at(day));
        row.put(AoRequest.VERSION, 1);
        ao.create(AoRequest.class, row);
    }

    private void page(LocalDate day, String departments, String creator) {
        Map<String, Object> row = new HashMap<>();
        row.put(AoKnowledgePage.PAGE_ID, (long) issueId++);
        row.put(AoKnowledgePage.SPACE_KEY, "KB");
        row.put(AoKnowledgePage.KIND, "results");
        row.put(AoKnowledgePage.LOG_KEY, "results|KB");
        row.put(AoKnowledgePage.TITLE, "成果の共有");
        row.put(AoKnowledgePage.DEPARTMENTS, departments);
        row.put(AoKnowledgePage.PAGE_DATE, day.toString());
        row.put(AoKnowledgePage.CREATED_AT, at(day));
        row.put(AoKnowledgePage.LINK_STATE, "NONE");
        row.put(AoKnowledgePage.CREATOR_KEY, creator);
        ao.create(AoKnowledgePage.class, row);
    }

    private void goal(LocalDate start, String status, LocalDate updated, String owner, Map<String, String> contacts) {
        Map<String, Object> row = new HashMap<>();
        row.put("SPACE_KEY", "GOALS");
        row.put("TITLE", "一次回答の短縮");
        row.put("OWNER_KEY", owner);
        row.put("DEPARTMENTS", AoGoal.IN_ITEMS);
        row.put("MEASURE_KIND", "CHECKLIST");
        row.put("START_DATE", start.toString());
        row.put("DUE_DATE", start.plusDays(300).toString());
        row.put("STATUS", status);
        row.put("CADENCE", "MONTHLY");
        row.put("LABELS", AoGoal.IN_ITEMS);
        row.put("PROGRESS", 0.0);
        row.put("CREATED_AT", at(start));
        row.put("UPDATED_AT", at(updated));
        row.put("VERSION", 1);
        AoGoal goal = ao.create(AoGoal.class, row);
        int position = 0;
        for (Map.Entry<String, String> d : contacts.entrySet()) {
            Map<String, Object> item = new HashMap<>();
            item.put(AoGoalItem.GOAL_ID, goal.getID());
            item.put(AoGoalItem.KIND, AoGoalItem.Kind.DEPARTMENT.name());
            item.put(AoGoalItem.POSITION, position++);
            item.put(AoGoalItem.ITEM_KEY, d.getKey());
            item.put(AoGoalItem.CONTACT_KEY, d.getValue());
            ao.create(AoGoalItem.class, item);
        }
        Map<String, Object> label = new HashMap<>();
        label.put(AoGoalItem.GOAL_ID, goal.getID());
        label.put(AoGoalItem.KIND, AoGoalItem.Kind.LABEL.name());
        label.put(AoGoalItem.POSITION, 0);
        label.put(AoGoalItem.ITEM_KEY, "it");
        ao.create(AoGoalItem.class, label);
    }

    private List<Contact> scan(LocalDate from, LocalDate to) {
        List<Contact> contacts = new ArrayList<>();
        store.scan(from, to, TOKYO, contacts::add);
        return contacts;
    }

    @Test
    public void onlyPublicActiveThanksOfTheDaysAreReadWithTheirPeopleAndDepartments() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        thanks(day, "s1", List.of("d1", "d2"), List.of("sales"), List.of("development", "it"),
                Thanks.Visibility.PUBLIC, Thanks.State.ACTIVE);
        thanks(day, "s1", List.of("d1"), List.of("sales"), List.of("development"), Thanks.Visibility.PRIVATE,
                Thanks.State.ACTIVE);
        thanks(day, "s1", List.of("d1"), List.of("sales"), List.of("development"), Thanks.Visibility.PUBLIC,
                Thanks.State.HIDDEN);
        thanks(day, "s1", List.of("d1"), List.of("sales"), List.of("development"), Thanks.Visibility.PUBLIC,
                Thanks.State.WITHDRAWN);
        thanks(day.minusDays(10), "s1", List.of("d1"), List.of("sales"), List.of("development"),
                Thanks.Visibility.PUBLIC, Thanks.State.ACTIVE);

        List<Contact> contacts = scan(day.minusDays(2), day);
        assertEquals(1, contacts.size());
        Contact thanks = contacts.get(0);
        assertEquals(Contact.Kind.THANKS, thanks.kind());
        assertEquals(day, thanks.start());
        assertEquals(List.of("sales"), thanks.from());
        assertEquals(List.of("development", "it"), thanks.to());
        assertEquals(List.of("d1", "d2", "s1"), thanks.people().stream().sorted().toList());
    }

    @Test
    public void requestsPagesAndGoalsAreReadWithTheirPeopleAndTheirDays() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        request(day, "sales", "development", 5, "s1", "d1", "m1");
        request(day, "sales", "it", 2, "s2", null, null);
        request(day.plusDays(1), "sales", "it", 2, "s2", null, null);
        page(day, "|sales|support|", "k1");
        goal(day.minusDays(200), "ON_TRACK", day.minusDays(200), "o1", Map.of("sales", "s3", "support", "u1"));
        goal(day.minusDays(400), "DONE", day.minusDays(100), "o2", Map.of("sales", "s4", "it", ""));
        goal(day.minusDays(400), "PAUSED", day.minusDays(20), "o3", Map.of("sales", "s5", "it", "i5"));

        List<Contact> contacts = scan(day.minusDays(30), day);
        Map<Contact.Kind, List<Contact>> byKind = contacts.stream().collect(Collectors.groupingBy(Contact::kind));
        assertEquals(2, byKind.get(Contact.Kind.REQUEST).size());
        Contact done = byKind.get(Contact.Kind.REQUEST).stream().filter(Contact::done).findFirst().orElseThrow();
        assertEquals(List.of("s1", "d1", "m1"), done.people());
        assertEquals(List.of("development"), done.to());
        Contact open = byKind.get(Contact.Kind.REQUEST).stream().filter(c -> !c.done()).findFirst().orElseThrow();
        assertEquals(List.of("s2"), open.people());

        Contact page = byKind.get(Contact.Kind.KNOWLEDGE).get(0);
        assertEquals(List.of("sales", "support"), page.from());
        assertEquals(List.of("k1"), page.people());

        List<Contact> goals = byKind.get(Contact.Kind.GOAL);
        assertEquals("the goal done 100 days ago ended before the days read", 2, goals.size());
        Contact going = goals.stream().filter(g -> g.end() == null).findFirst().orElseThrow();
        assertEquals(day.minusDays(200), going.start());
        assertEquals(List.of("o1", "s3", "u1"), going.people().stream().sorted().toList());
        Contact paused = goals.stream().filter(g -> g.end() != null).findFirst().orElseThrow();
        assertEquals(day.minusDays(20), paused.end());
        assertEquals(List.of("i5", "o3", "s5"), paused.people().stream().sorted().toList());
    }

    @Test
    public void eachReplaceReplacesEveryAggregateAndAReadReturnsTheWindowsAskedFor() {
        assertNull(store.read("D30").computedAt());
        assertTrue(store.read("D30").window("D30").cells().isEmpty());

        Instant first = Instant.parse("2026-12-06T18:30:00Z");
        store.replace(Map.of("D30", new PeriodFigures(List.of(new CellFigures("sales", "development", 2, 1, 7, 1, 1, 9)),
                        List.of(new PairFigures("development", "sales", 9, LocalDate.of(2026, 12, 5)))),
                "P30", new PeriodFigures(List.of(new CellFigures("it", "sales", 0, 0, 1, 0, 0, 2)), List.of())),
                first);
        DepartmentMapStore.Stored stored = store.read("D30", "P30", "D90");
        assertEquals(first, stored.computedAt());
        assertEquals(List.of(new CellFigures("sales", "development", 2, 1, 7, 1, 1, 9)), stored.window("D30").cells());
        assertEquals(List.of(new PairFigures("development", "sales", 9, LocalDate.of(2026, 12, 5))),
                stored.window("D30").pairs());
        assertEquals(List.of(new CellFigures("it", "sales", 0, 0, 1, 0, 0, 2)), stored.window("P30").cells());
        assertTrue(stored.window("D90").cells().isEmpty());

        Instant second = first.plusSeconds(86_400);
        store.replace(Map.of("D30", new PeriodFigures(List.of(), List.of(new PairFigures("development", "sales", 0,
                null)))), second);
        stored = store.read("D30", "P30");
        assertEquals(second, stored.computedAt());
        assertTrue(stored.window("D30").cells().isEmpty());
        assertTrue("the previous run's rows are gone", stored.window("P30").cells().isEmpty());
        assertNull(stored.window("D30").pairs().get(0).lastContact());
        assertEquals(3, ao.count(AoDeptMapCell.class) + 1);
    }

    @Test
    public void theMinimumGroupIsFiveUntilAnAdministratorSavesAnother() {
        assertEquals(5, store.minimumGroup());
        store.saveMinimumGroup(7);
        assertEquals(7, store.minimumGroup());
        store.saveMinimumGroup(3);
        assertEquals(3, store.minimumGroup());
    }

    private DepartmentMapService service() {
        return service(EventAttendance.NONE, new FakePeople());
    }

    private DepartmentMapService service(EventAttendance events, FakePeople people) {
        HostGroups groups = new HostGroups() {
            @Override
            public boolean exists(String groupName) {
                return true;
            }

            @Override
            public List<String> memberNames(String groupName) {
                return List.of();
            }
        };
        MemoryCaches caches = new MemoryCaches();
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), groups, people, caches);
        for (String key : List.of("sales", "development", "it", "accounting")) {
            departments.create(new DepartmentInput(key, key + " (en)", key + "（日本語）", List.of(key + "-group"), true));
        }
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        CompanyCalendarService calendar = new CompanyCalendarService(new AoCompanyCalendarStore(ao),
                new AoHolidayStore(ao), caches, clock);
        NewRequestLink link = () -> Optional.of("/jira" + NewRequestLink.PATH);
        dev.kakehashi.platform.ClusterLocks locks = new dev.kakehashi.platform.ClusterLocks() {
            @Override
            public <T> T underLock(String name, java.util.function.Supplier<T> work) {
                return work.get();
            }
        };
        return new DepartmentMapService(store, departments, calendar, link, events, caches, locks, clock);
    }

    /** Demo contacts: a strong pair (sales and development), a pair below k (it to accounting). */
    private void demo() {
        LocalDate recent = TODAY.minusDays(5);
        for (int i = 1; i <= 6; i++) {
            thanks(recent, "s" + i, List.of("d" + i), List.of("sales"), List.of("development"),
                    Thanks.Visibility.PUBLIC, Thanks.State.ACTIVE);
        }
        thanks(recent, "s1", List.of("i1"), List.of("sales"), List.of("it"), Thanks.Visibility.PRIVATE,
                Thanks.State.ACTIVE);
        thanks(recent, "i1", List.of("a1"), List.of("it"), List.of("accounting"), Thanks.Visibility.PUBLIC,
                Thanks.State.ACTIVE);
        request(recent, "sales", "development", 5, "s1", "d1", "m1");
        request(recent, "sales", "development", 2, "s2", "d2", null);
        page(recent, "|sales|development|", "k1");
        goal(TODAY.minusDays(100), "ON_TRACK", TODAY.minusDays(100), "o1", Map.of("sales", "s7", "development", ""));
    }

    @Test
    public void theNightlyRunStoresEveryWindowAndTheMapShowsWhatRestsOnKPeopleOnly() {
        demo();
        DepartmentMapService service = service();
        assertEquals(NOW, service.refresh());

        DepartmentMap map = service.map("s1", MapPeriod.standard(30, TODAY), Locale.JAPANESE);
        assertEquals("2026-11-07", map.period().from());
        assertEquals("2026-12-06", map.period().to());
        assertEquals("2026-10-08", map.previous().from());
        assertEquals(NOW.toString(), map.computedAt());
        assertEquals(5, map.minimumGroup());
        assertEquals(List.of("sales", "development", "it", "accounting"),
                map.departments().stream().map(DepartmentMap.DepartmentJson::key).toList());
        assertEquals("development（日本語）", map.departments().get(1).name());
        assertEquals("/jira/plugins/servlet/kakehashi/departments/development", map.departments().get(1).profileUrl());

        DepartmentMap.Cell strong = cell(map, "sales", "development");
        assertFalse(strong.suppressed());
        assertEquals(new CellFigures("sales", "development", 2, 1, 6, 1, 1, strong.figures().people()),
                strong.figures());
        assertEquals(10, strong.figures().total());
        assertNull("the goal in the previous window rests on two people", strong.previousTotal());
        assertTrue("the goal and the page back rest on three people", cell(map, "development", "sales")
                .suppressed());
        assertTrue(cell(map, "it", "accounting").suppressed());
        assertEquals("no private thanks counts", 3, map.cells().size());

        assertNull(map.rowTotals().get("it"));
        assertNull(map.columnTotals().get("accounting"));
        assertEquals(Integer.valueOf(10), map.rowTotals().get("sales"));
        assertNull("its one hidden cell hides the total", map.rowTotals().get("development"));
        assertNull(map.columnTotals().get("sales"));
        assertEquals(Integer.valueOf(10), map.columnTotals().get("development"));

        DepartmentMap.Pair salesDevelopment = pair(map, "sales", "development");
        assertTrue("development to sales is hidden, so the stage of the pair is too", salesDevelopment.suppressed());
        assertNull(salesDevelopment.stage());
        assertTrue(pair(map, "it", "accounting").suppressed());
        DepartmentMap.Pair quiet = pair(map, "sales", "accounting");
        assertEquals(Stage.NO_CONTACT, quiet.stage());
        assertEquals("無接点", quiet.stageLabel());
        assertEquals("/jira/plugins/servlet/kakehashi/departments/accounting", quiet.next().url());
        assertEquals(6, map.pairs().size());

        DepartmentMap custom = service.map("s1", MapPeriod.custom(LocalDate.of(2026, 11, 7),
                LocalDate.of(2026, 12, 6)), Locale.ENGLISH);
        assertEquals("a custom range reads the raw tables to the same cells", map.cells().toString(),
                custom.cells().toString());
        assertEquals("No contact", pair(custom, "sales", "accounting").stageLabel());
        assertEquals(map.pairs().stream().map(DepartmentMap.Pair::suppressed).toList(),
                custom.pairs().stream().map(DepartmentMap.Pair::suppressed).toList());
    }

    private static List<String> keys(String... usernames) {
        return java.util.Arrays.stream(usernames).map(FakePeople::key).toList();
    }

    /** Events as the port gives them: only those that began in the range asked for. */
    private static EventAttendance events(Map<Instant, List<String>> held) {
        return (from, to, sink) -> held.forEach((start, attendees) -> {
            if (!start.isBefore(from) && start.isBefore(to)) {
                sink.accept(start, attendees);
            }
        });
    }

    @Test
    public void anEventCountsForEachTwoDepartmentsOfItsAttendeesRestingOnThosePeopleOnly() {
        FakePeople people = new FakePeople();
        for (String key : List.of("s1", "s2", "s3")) {
            people.with(key, key, "sales-group");
        }
        people.with("d1", "d1", "development-group").with("d2", "d2", "development-group").with("i1", "i1", "it-group");
        Instant recent = TODAY.minusDays(5).atTime(12, 0).atZone(TOKYO).toInstant();
        Instant older = TODAY.minusDays(40).atTime(12, 0).atZone(TOKYO).toInstant();
        DepartmentMapService service = service(events(Map.of(
                recent, keys("s1", "s2", "s3", "d1", "d2", "i1"),
                older, keys("s1", "s2", "s3", "d1", "d2"))), people);
        service.refresh();

        DepartmentMap month = service.map("s1", MapPeriod.standard(30, TODAY), Locale.ENGLISH);
        DepartmentMap quarter = service.map("s1", MapPeriod.standard(90, TODAY), Locale.ENGLISH);
        DepartmentMap custom = service.map("s1", MapPeriod.custom(TODAY.minusDays(30), TODAY.minusDays(1)),
                Locale.ENGLISH);

        assertEquals(new CellFigures("sales", "development", 0, 0, 0, 0, 0, 1, 5),
                cell(month, "sales", "development").figures());
        assertEquals(new CellFigures("development", "sales", 0, 0, 0, 0, 0, 1, 5),
                cell(month, "development", "sales").figures());
        assertTrue("sales and it rest on four people, whatever the event's size",
                cell(month, "sales", "it").suppressed());
        assertTrue(cell(month, "it", "development").suppressed());
        assertEquals(Stage.MET, pair(month, "sales", "development").stage());
        assertEquals(2, cell(quarter, "sales", "development").figures().events());
        assertEquals(month.cells().toString(), custom.cells().toString());
        assertEquals(1, cell(month, "sales", "development").figures().total());
    }

    @Test
    public void aPairWithOneHiddenDirectionHasNoStageThatWouldGiveTheHiddenCellAway() {
        LocalDate recent = TODAY.minusDays(5);
        for (int i = 1; i <= 6; i++) {
            thanks(recent, "d" + i, List.of("s" + i), List.of("development"), List.of("sales"),
                    Thanks.Visibility.PUBLIC, Thanks.State.ACTIVE);
        }
        request(recent, "sales", "development", 5, "s1", "d1", "m1");
        DepartmentMapService service = service();
        service.refresh();

        for (MapPeriod period : List.of(MapPeriod.standard(30, TODAY),
                MapPeriod.custom(TODAY.minusDays(30), TODAY.minusDays(1)))) {
            DepartmentMap map = service.map("s1", period, Locale.ENGLISH);
            DepartmentMap.Cell shown = cell(map, "development", "sales");
            assertFalse(shown.suppressed());
            assertEquals(0, shown.figures().requestsDone());
            assertTrue("three people are fewer than five", cell(map, "sales", "development").suppressed());
            DepartmentMap.Pair pair = pair(map, "sales", "development");
            assertTrue("a stage of collaboration would tell the hidden cell holds a request done", pair.suppressed());
            assertNull(pair.stage());
            assertNull(pair.stageLabel());
            assertNull(pair.next());
        }
    }

    @Test
    public void quietPartnersAreThoseWhoseContactSinceTheDayRestsOnFewerThanKPeople() {
        demo();
        DepartmentMapService service = service();
        assertEquals("private thanks do not count; accounting had none", List.of("it", "accounting"),
                service.quietPartners("sales", TODAY.minusDays(20)));
        assertEquals("it and accounting had contact, but by two people only",
                List.of("sales", "development", "accounting"), service.quietPartners("it", TODAY.minusDays(20)));
        assertEquals(List.of("sales", "development", "it"), service.quietPartners("accounting", TODAY.minusDays(20)));
        assertEquals("yesterday only the goal went on, and it rests on two people",
                List.of("development", "it", "accounting"), service.quietPartners("sales", TODAY.minusDays(1)));
        assertEquals(List.of("development", "it", "accounting"), service.quietPartners("sales", TODAY));

        assertEquals(List.of("sales", "development", "accounting"), service.quietPartners("it", TODAY.minusDays(20)));
        for (int i = 7; i <= 9; i++) {
            thanks(TODAY.minusDays(3), "i" + i, List.of("a" + i), List.of("it"), List.of("accounting"),
                    Thanks.Visibility.PUBLIC, Thanks.State.ACTIVE);
        }
        assertEquals("a reading serves the rest of the same run", List.of("sales", "development", "accounting"),
                service.quietPartners("it", TODAY.minusDays(20)));
        assertEquals("another day is read anew: eight people now", List.of("sales", "development"),
                service.quietPartners("it", TODAY.minusDays(21)));
        service.updateMinimumGroup(9);
        assertEquals("k is applied when asked", List.of("sales", "development", "accounting"),
                service.quietPartners("it", TODAY.minusDays(21)));
    }

    private static DepartmentMap.Cell cell(DepartmentMap map, String from, String to) {
        return map.cells().stream().filter(c -> c.from().equals(from) && c.to().equals(to)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + from + "->" + to + " in " + map.cells()));
    }

    private static DepartmentMap.Pair pair(DepartmentMap map, String a, String b) {
        return map.pairs().stream().filter(p -> p.a().equals(a) && p.b().equals(b)).findFirst().orElseThrow();
    }

    /** Six windows like the nightly run's, over the two years before {@code TODAY}. */
    private static Map<String, MapPeriod> nightlyWindows() {
        return nightlyWindows(TODAY);
    }

    /** Every window's figures, cells and pairs sorted, so that two tallies compare by value. */
    private static Map<String, String> figures(Tally tally) {
        Map<String, String> all = new java.util.TreeMap<>();
        for (String window : tally.periods().keySet()) {
            PeriodFigures f = tally.figures(window);
            all.put(window, f.cells().stream().map(Object::toString).sorted().toList() + " "
                    + f.pairs().stream().map(Object::toString).sorted().toList());
        }
        return all;
    }

    /** Two years of mixed contacts: multi-department thanks, private, hidden and withdrawn ones, requests. */
    private void randomContacts(long seed, int thanks, int requests) {
        randomContacts(seed, thanks, requests, 770);
    }

    /** As above, on the {@code span} days from 760 days before today (770: into the days after today). */
    private void randomContacts(long seed, int thanks, int requests, int span) {
        java.util.Random random = new java.util.Random(seed);
        List<String> depts = List.of("sales", "development", "it", "support", "hr");
        LocalDate first = TODAY.minusDays(760);
        for (int i = 0; i < thanks; i++) {
            LocalDate day = first.plusDays(random.nextInt(span));
            String sender = "p" + random.nextInt(40);
            List<String> recipients = new ArrayList<>();
            int count = random.nextInt(4);
            for (int r = 0; r < count; r++) {
                String recipient = "p" + random.nextInt(40);
                if (!recipients.contains(recipient)) {
                    recipients.add(recipient);
                }
            }
            List<String> from = List.of(depts.get(random.nextInt(depts.size())));
            List<String> to = new ArrayList<>();
            for (int d = 0; d <= random.nextInt(3); d++) {
                String dept = depts.get(random.nextInt(depts.size()));
                if (!to.contains(dept)) {
                    to.add(dept);
                }
            }
            Thanks.Visibility visibility = random.nextInt(10) == 0 ? Thanks.Visibility.PRIVATE
                    : Thanks.Visibility.PUBLIC;
            Thanks.State state = random.nextInt(15) == 0 ? Thanks.State.HIDDEN
                    : random.nextInt(15) == 0 ? Thanks.State.WITHDRAWN : Thanks.State.ACTIVE;
            thanks(day, sender, recipients, from, to, visibility, state);
        }
        for (int i = 0; i < requests; i++) {
            LocalDate day = first.plusDays(random.nextInt(span));
            String from = depts.get(random.nextInt(depts.size()));
            String to = random.nextInt(12) == 0 ? from : depts.get(random.nextInt(depts.size()));
            request(day, from, to, 1 + random.nextInt(6),
                    "p" + random.nextInt(40),
                    random.nextInt(3) == 0 ? null : "c" + random.nextInt(8),
                    random.nextInt(2) == 0 ? "" : "o" + random.nextInt(5));
        }
        page(TODAY.minusDays(20), "|sales|support|", "k1");
        goal(TODAY.minusDays(200), "ON_TRACK", TODAY.minusDays(200), "o1", Map.of("sales", "s3", "support", "u1"));
    }

    @Test
    public void theDatabaseCountsEveryWindowExactlyAsReadingEveryRowWould() {
        randomContacts(7, 600, 300);
        LocalDate yesterday = TODAY.minusDays(1);
        LocalDate first = TODAY.minusDays(730);
        Tally read = new Tally(nightlyWindows(), yesterday);
        store.scan(first, yesterday, TOKYO, read::add);
        Tally counted = new Tally(nightlyWindows(), yesterday);
        store.count(first, yesterday, TOKYO, counted);

        Map<String, String> expected = figures(read);
        assertEquals(expected, figures(counted));
        // The thanks and requests by the database alone (it throws rather than fall back to reading the rows).
        Tally byDatabase = new Tally(nightlyWindows(), yesterday);
        new SqlContactCount(TestDatabase.jdbc(ao)).count(first, yesterday, TOKYO, byDatabase);
        assertEquals(readThanksAndRequests(TODAY), figures(byDatabase));
        assertTrue("the data reach every window", expected.values().stream().noneMatch(f -> f.startsWith("[] ")));
        // A custom range with its previous range, as the map of a chosen period counts them.
        MapPeriod custom = MapPeriod.custom(TODAY.minusDays(100), TODAY.minusDays(40));
        Map<String, MapPeriod> two = Map.of("current", custom, "previous", custom.previous());
        Tally readCustom = new Tally(two, custom.to());
        store.scan(custom.previous().from(), custom.to(), TOKYO, readCustom::add);
        Tally countedCustom = new Tally(two, custom.to());
        store.count(custom.previous().from(), custom.to(), TOKYO, countedCustom);
        assertEquals(figures(readCustom), figures(countedCustom));
    }

    @Test
    public void whenTheDatabaseCannotCountTheRowsAreReadAndNothingIsCountedTwice() {
        randomContacts(11, 200, 100);
        LocalDate yesterday = TODAY.minusDays(1);
        LocalDate first = TODAY.minusDays(730);
        Tally read = new Tally(nightlyWindows(), yesterday);
        store.scan(first, yesterday, TOKYO, read::add);
        // The thanks are counted, then the requests' statement fails: the partial count must not stay.
        java.util.concurrent.atomic.AtomicInteger statements = new java.util.concurrent.atomic.AtomicInteger();
        dev.kakehashi.sandbox.ao.SandboxJdbc failing = new dev.kakehashi.sandbox.ao.SandboxJdbc(() -> {
            java.sql.Connection real = ao.entityManager().getProvider().getConnection();
            return (java.sql.Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{java.sql.Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement") && statements.incrementAndGet() == 2) {
                            throw new java.sql.SQLException("connection reset");
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        });
        Tally counted = new Tally(nightlyWindows(), yesterday);
        new AoDepartmentMapStore(ao, failing).count(first, yesterday, TOKYO, counted);

        assertEquals(2, statements.get());
        assertEquals(figures(read), figures(counted));
    }

    /** The nightly windows of the run on {@code today}. */
    private static Map<String, MapPeriod> nightlyWindows(LocalDate today) {
        Map<String, MapPeriod> windows = new java.util.LinkedHashMap<>();
        for (int days : MapPeriod.STANDARD_DAYS) {
            MapPeriod window = MapPeriod.standard(days, today);
            windows.put(MapPeriod.windowKey(days, false), window);
            windows.put(MapPeriod.windowKey(days, true), window.previous());
        }
        return windows;
    }

    /** The thanks and requests of the night's windows, read row by row. */
    private Map<String, String> readThanksAndRequests(LocalDate today) {
        Tally read = new Tally(nightlyWindows(today), today.minusDays(1));
        store.scan(today.minusDays(730), today.minusDays(1), TOKYO, c -> {
            if (c.kind() == Contact.Kind.THANKS || c.kind() == Contact.Kind.REQUEST) {
                read.add(c);
            }
        });
        return figures(read);
    }

    private static void pastThisMillisecond() {
        long now = System.currentTimeMillis();
        while (System.currentTimeMillis() <= now + 1) {
            Thread.onSpinWait();
        }
    }

    private int keptNight(KeptContactCount kept, LocalDate today, Map<String, String> into) {
        Tally tally = new Tally(nightlyWindows(today), today.minusDays(1));
        int counted = kept.count(today.minusDays(730), today.minusDays(1), TOKYO, tally, false);
        into.putAll(figures(tally));
        return counted;
    }

    @Test
    public void theKeptDaysCountAsReadingEveryRowNightAfterNightCountingOnlyTheDaysThatChanged() {
        // Nothing dated after today: a change time in the future would be a change at every night until then.
        randomContacts(5, 500, 250, 760);
        thanks(TODAY.minusDays(100), "h1", List.of("h2"), List.of("sales"), List.of("it"), Thanks.Visibility.PUBLIC,
                Thanks.State.ACTIVE);
        thanks(TODAY.minusDays(300), "w1", List.of("w2"), List.of("it"), List.of("hr"), Thanks.Visibility.PUBLIC,
                Thanks.State.ACTIVE);
        request(TODAY.minusDays(200), "hr", "sales", 2, "q1", "q2", "q3");
        thanks(TODAY.minusDays(50), "x1", List.of("x2"), List.of("hr"), List.of("sales"), Thanks.Visibility.PUBLIC,
                Thanks.State.ACTIVE);
        // No margin before the last run's start: each night looks for exactly the changes since the one before.
        KeptContactCount kept = new KeptContactCount(TestDatabase.jdbc(ao), 0);
        pastThisMillisecond();

        Map<String, String> first = new java.util.TreeMap<>();
        assertEquals("the first night counts every kept day", 730, keptNight(kept, TODAY, first));
        assertEquals(readThanksAndRequests(TODAY), first);

        // A thanks is hidden, another withdrawn, a request reaches its result, and today brings a new thanks.
        for (AoThanks row : ao.find(AoThanks.class, Query.select().where(AoThanks.SENDER_KEY + " IN (?, ?)", "h1",
                "w1"))) {
            row.setState(row.getSenderKey().equals("h1") ? Thanks.State.HIDDEN.name() : Thanks.State.WITHDRAWN.name());
            row.setStateChangedAt(System.currentTimeMillis());
            row.save();
        }
        AoRequest moved = ao.find(AoRequest.class, Query.select().where(AoRequest.REQUESTER_KEY + " = ?", "q1"))[0];
        moved.setStep(5);
        moved.setVersion(moved.getVersion() + 1);
        moved.setUpdatedAt(System.currentTimeMillis());
        moved.save();
        thanks(TODAY, "n1", List.of("n2", "n3"), List.of("support"), List.of("development"),
                Thanks.Visibility.PUBLIC, Thanks.State.ACTIVE);
        // A change in the very millisecond a run starts is looked for again by the next night (on purpose: it may
        // have come after the run read it); the night below starts after the changes.
        pastThisMillisecond();

        LocalDate tomorrow = TODAY.plusDays(1);
        Map<String, String> second = new java.util.TreeMap<>();
        assertEquals("yesterday and the three changed days", 4, keptNight(kept, tomorrow, second));
        assertEquals(readThanksAndRequests(tomorrow), second);
        assertFalse(first.equals(second));

        Map<String, String> third = new java.util.TreeMap<>();
        assertEquals("only the new yesterday", 1, keptNight(kept, tomorrow.plusDays(1), third));
        assertEquals(readThanksAndRequests(tomorrow.plusDays(1)), third);

        // A night missed: the days in between are counted; a rebuild counts every day again.
        Map<String, String> fifth = new java.util.TreeMap<>();
        assertEquals(2, keptNight(kept, tomorrow.plusDays(3), fifth));
        assertEquals(readThanksAndRequests(tomorrow.plusDays(3)), fifth);
        Tally rebuilt = new Tally(nightlyWindows(tomorrow.plusDays(3)), tomorrow.plusDays(2));
        assertEquals(730, kept.count(tomorrow.plusDays(3).minusDays(730), tomorrow.plusDays(2), TOKYO, rebuilt,
                true));
        assertEquals(fifth, figures(rebuilt));

        // A thanks removed (as the retention purge does): fewer rows than before, so every fingerprint is read.
        ao.deleteWithSQL(AoThanks.class, AoThanks.SENDER_KEY + " = ?", "x1");
        Map<String, String> sixth = new java.util.TreeMap<>();
        assertEquals("the new yesterday and the day of the removed thanks", 2,
                keptNight(kept, tomorrow.plusDays(4), sixth));
        assertEquals(readThanksAndRequests(tomorrow.plusDays(4)), sixth);
    }

    @Test
    public void theNightlyRunKeepsItsDaysOnlyInAZoneWithAFixedOffset() {
        randomContacts(3, 100, 50);
        LocalDate yesterday = TODAY.minusDays(1);
        Tally paris = new Tally(nightlyWindows(), yesterday);
        try {
            new KeptContactCount(TestDatabase.jdbc(ao)).count(TODAY.minusDays(730), yesterday,
                    ZoneId.of("Europe/Paris"), paris, false);
            org.junit.Assert.fail("a zone with summer time cannot be kept in days");
        } catch (UnsupportedOperationException expected) {
            // the store counts from the raw rows instead
        }
        Tally counted = new Tally(nightlyWindows(), yesterday);
        store.countNightly(TODAY.minusDays(730), yesterday, ZoneId.of("Europe/Paris"), counted, false);
        Tally read = new Tally(nightlyWindows(), yesterday);
        store.scan(TODAY.minusDays(730), yesterday, ZoneId.of("Europe/Paris"), read::add);
        assertEquals(figures(read), figures(counted));
    }
}
