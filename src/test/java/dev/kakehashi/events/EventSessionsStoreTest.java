package dev.kakehashi.events;

import static dev.kakehashi.testing.FakePeople.key;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import dev.kakehashi.admin.CompanyCalendarService;
import dev.kakehashi.admin.DepartmentInput;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoCompanyCalendarStore;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.admin.ao.AoHoliday;
import dev.kakehashi.admin.ao.AoHolidayStore;
import dev.kakehashi.community.Community;
import dev.kakehashi.community.CommunityInput;
import dev.kakehashi.community.CommunityService;
import dev.kakehashi.community.MonthlyReport;
import dev.kakehashi.community.ao.AoCommunity;
import dev.kakehashi.community.ao.AoCommunityApproval;
import dev.kakehashi.community.ao.AoCommunityBoardItem;
import dev.kakehashi.community.ao.AoCommunityMember;
import dev.kakehashi.community.ao.AoCommunityPin;
import dev.kakehashi.community.ao.AoCommunityReport;
import dev.kakehashi.community.ao.AoCommunitySession;
import dev.kakehashi.community.ao.AoCommunityStore;
import dev.kakehashi.community.ao.AoPinEvidence;
import dev.kakehashi.events.ao.AoEvent;
import dev.kakehashi.events.ao.AoEventInvite;
import dev.kakehashi.events.ao.AoEventPerson;
import dev.kakehashi.events.ao.AoEventStore;
import dev.kakehashi.goals.GoalService;
import dev.kakehashi.goals.ao.AoGoal;
import dev.kakehashi.goals.ao.AoGoalItem;
import dev.kakehashi.goals.ao.AoGoalStore;
import dev.kakehashi.goals.ao.AoGoalUpdate;
import dev.kakehashi.goals.jira.NoGoalSpaces;
import dev.kakehashi.insights.ao.AoDepartmentMapStore;
import dev.kakehashi.knowledge.jira.NoKnowledgePages;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.profiles.ao.AoDeptProfile;
import dev.kakehashi.profiles.ao.AoDeptProfileItem;
import dev.kakehashi.profiles.ao.AoProfileStore;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * A community's monthly report counts its recorded sessions and its events (by community key, start day in the
 * company's time zone, attendance by check-in), on a real database.
 */
public class EventSessionsStoreTest {
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private final FakePeople people = new FakePeople()
            .with("tanaka", "田中 美咲", "sales")
            .with("suzuki", "鈴木 大輔", "development")
            .with("kimura", "木村 役員")
            .with("ito", "伊藤 健", "support")
            .with("kato", "加藤", "sales")
            .with("sato", "佐藤", "sales")
            .with("mori", "森", "development");
    private EntityManagerActiveObjects ao;
    private AoEventStore events;
    private CommunityService service;
    private Community english;

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoCommunity.class, AoCommunityMember.class, AoCommunityApproval.class,
                AoCommunityBoardItem.class, AoCommunitySession.class, AoCommunityReport.class, AoCommunityPin.class,
                AoDepartment.class, AoDepartmentGroup.class, AoDeptProfile.class, AoDeptProfileItem.class,
                AoSetting.class, AoGoal.class, AoGoalUpdate.class, AoGoalItem.class, AoHoliday.class, AoEvent.class,
                AoEventPerson.class, AoEventInvite.class, dev.kakehashi.thanks.ao.AoThanks.class,
                dev.kakehashi.knowledge.ao.AoKnowledgePage.class, dev.kakehashi.collaboration.ao.AoRequest.class);
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), people.groups(g -> true),
                people, new MemoryCaches());
        departments.create(new DepartmentInput("sales", "Sales", "営業", List.of("sales"), null));
        departments.create(new DepartmentInput("development", "Development", "開発", List.of("development"), null));
        departments.create(new DepartmentInput("support", "Support", "カスタマーサポート", List.of("support"), null));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        AoCommunityStore communities = new AoCommunityStore(ao);
        events = new AoEventStore(ao);
        CompanyCalendarService calendar = new CompanyCalendarService(new AoCompanyCalendarStore(ao),
                new AoHolidayStore(ao), new MemoryCaches(), clock);
        AoDepartmentMapStore settings = new AoDepartmentMapStore(ao, TestDatabase.jdbc(ao));
        settings.saveMinimumGroup(3);
        service = new CommunityService(communities, departments, new AoProfileStore(ao), people,
                new GoalService(new AoGoalStore(ao), new NoGoalSpaces(), people, departments, clock), new NoKnowledgePages(),
                settings, new AoPinEvidence(ao), new EventSessions(communities, events, calendar), new MemoryCaches(),
                clock);
        english = service.create(key("tanaka"), new CommunityInput("english", "English club", "英会話部", "Speak more",
                null, "Be kind", "EN", List.of("英会話"), "kimura", List.of("suzuki")));
        service.create(key("tanaka"), new CommunityInput("books", "Book club", "読書会", "Read more", null, "Be kind",
                "BK", List.of("読書会"), "kimura", List.of("suzuki")));
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    /** An event of this community starting at this local time in Tokyo (the company's default zone). */
    private Event event(String communityKey, String tokyoStart, EventMode mode, boolean privateEvent,
                        String... checkedIn) {
        Instant start = LocalDateTime.parse(tokyoStart).atZone(TOKYO).toInstant();
        Event e = events.create(new Event(0, "秘密のランチ会 " + tokyoStart, EventFormat.LUNCH, mode, "本社 5F",
                "https://meet.example/x", start, start.plusSeconds(3600), 0, "他部署の人と話せる", privateEvent,
                communityKey, List.of(key("tanaka"), key("suzuki")), List.of(), key("tanaka"), NOW, null));
        for (String username : checkedIn) {
            events.put(Participation.of(e.id(), Participation.Kind.ATTENDED, key(username), start, key("tanaka")));
        }
        return e;
    }

    @Test
    public void theReportCountsTheRecordedSessionAndTheCommunitysEventWithItsCheckIns() {
        service.recordSession(key("tanaka"), "english", "2026-11-05", "ONLINE", List.of("tanaka", "suzuki"));
        Event lunch = event("english", "2026-11-12T12:00", EventMode.HYBRID, true, "tanaka", "ito");
        // an answer is no attendance
        events.put(new Participation(lunch.id(), Participation.Kind.RSVP, key("kato"), Answer.YES, false, "", true,
                false, NOW, key("kato")));
        event("books", "2026-11-12T12:00", EventMode.OFFLINE, false, "sato");
        event("english", "2026-10-20T19:00", EventMode.ONLINE, false, "ito");
        // 00:30 on 1 December in Tokyo is still 30 November in UTC: December's, not November's
        event("english", "2026-12-01T00:30", EventMode.ONLINE, false, "mori");
        // 23:30 on 30 November in Tokyo: November's
        event("english", "2026-11-30T23:30", EventMode.ONLINE, false);

        MonthlyReport r = service.report(english.id(), NOVEMBER, 1);

        assertEquals(3, r.sessions());
        assertEquals("the recorded session and the late-night event", 2, r.sessionsOnline());
        assertEquals("the hybrid lunch, where people met in person", 1, r.sessionsOffline());
        assertEquals("by kind: the recorded session and the two lunches", Map.of("recorded", 1, "lunch", 2),
                r.kinds());
        assertEquals(4, r.attendances());
        assertEquals("tanaka, suzuki and ito", 3, r.uniquePeople());
        assertEquals(Map.of("sales", 1, "development", 1, "support", 1), r.departments());
        assertEquals("ito came to October's event", 33, r.repeatPercent());
        assertFalse("the report holds counts, never a title", r.toString().contains("秘密"));
    }

    @Test
    public void theMonthlyJobWritesTheReportWithTheEvent() {
        service.recordSession(key("tanaka"), "english", "2026-11-05", "OFFLINE", List.of("tanaka"));
        event("english", "2026-11-12T12:00", EventMode.ONLINE, false, "ito", "kato");

        assertEquals(2, service.writeMonthlyReports());

        MonthlyReport r = service.latestReport(english).orElseThrow();
        assertEquals(NOVEMBER, r.month());
        assertEquals(2, r.sessions());
        assertEquals(3, r.attendances());
        assertEquals(3, r.uniquePeople());
        assertEquals("fewer than k = 3 of any department", Map.of(), r.departments());
        MonthlyReport books = service.latestReport(service.visible(key("tanaka"), "books")).orElseThrow();
        assertEquals(0, books.sessions());
    }

    @Test
    public void theStoreReadsACommunitysEventsOfAPeriodWithTheirCheckIns() {
        Event a = event("english", "2026-11-02T10:00", EventMode.OFFLINE, false, "tanaka", "ito");
        Event b = event("english", "2026-11-03T10:00", EventMode.ONLINE, false);
        event("englis", "2026-11-03T10:00", EventMode.ONLINE, false, "kato");
        Instant from = NOVEMBER.atDay(1).atStartOfDay(TOKYO).toInstant();
        Instant to = NOVEMBER.plusMonths(1).atDay(1).atStartOfDay(TOKYO).toInstant();

        List<EventStore.Held> held = events.held("english", from, to, 10);

        assertEquals(List.of(a.id(), b.id()), held.stream().map(EventStore.Held::eventId).toList());
        assertEquals(java.util.Set.of(key("tanaka"), key("ito")), java.util.Set.copyOf(held.get(0).attendeeKeys()));
        assertEquals(EventMode.OFFLINE, held.get(0).mode());
        assertEquals(List.of(), held.get(1).attendeeKeys());
        assertEquals(1, events.held("english", from, to, 1).size());
        assertEquals(List.of(), events.held("", from, to, 10));
        assertEquals(java.util.Set.of(key("tanaka"), key("ito")), events.attendedBefore("english", to));
        assertEquals(java.util.Set.of(), events.attendedBefore("english", from));
    }
}
