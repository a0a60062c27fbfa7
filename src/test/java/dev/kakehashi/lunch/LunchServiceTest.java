package dev.kakehashi.lunch;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import dev.kakehashi.admin.CompanyCalendarService;
import dev.kakehashi.admin.DepartmentInput;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoCompanyCalendarStore;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.admin.ao.AoHoliday;
import dev.kakehashi.admin.ao.AoHolidayStore;
import dev.kakehashi.insights.EventAttendance;
import dev.kakehashi.insights.DepartmentMapService;
import dev.kakehashi.insights.ao.AoDepartmentMapStore;
import dev.kakehashi.insights.ao.AoDeptMapCell;
import dev.kakehashi.lunch.ao.AoLunchApart;
import dev.kakehashi.lunch.ao.AoLunchMember;
import dev.kakehashi.lunch.ao.AoLunchProgramme;
import dev.kakehashi.lunch.ao.AoLunchRound;
import dev.kakehashi.lunch.ao.AoLunchSeat;
import dev.kakehashi.lunch.ao.AoLunchStore;
import dev.kakehashi.notify.Mail;
import dev.kakehashi.notify.MailTexts;
import dev.kakehashi.notify.Recipient;
import dev.kakehashi.notify.sal.SalMailTexts;
import dev.kakehashi.platform.ClusterLocks;
import dev.kakehashi.platform.HostGroups;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.profiles.NewRequestLink;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.sandbox.host.BundleI18nResolver;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.MemoryNotifications;
import dev.kakehashi.testing.Rejections;
import dev.kakehashi.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The daily job's work with real stores on a real database: rounds on the programme's day only, once, and the question after. */
public class LunchServiceTest {
    /** Wednesday 2026-12-09, 07:00 in Tokyo (the company's default zone). */
    private static final Instant WEDNESDAY = Instant.parse("2026-12-08T22:00:00Z");
    private static final List<String> USERS = List.of("a1", "a2", "a3", "b1", "b2", "b3", "c1", "c2", "c3");

    private final MovingClock clock = new MovingClock(WEDNESDAY);
    private final FakePeople people = new FakePeople();
    private final List<Mail> sent = new ArrayList<>();
    private EntityManagerActiveObjects ao;
    private LunchService lunch;

    /** A clock the test moves forward. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoDeptMapCell.class, AoSetting.class, AoDepartment.class, AoDepartmentGroup.class,
                AoHoliday.class, AoLunchProgramme.class, AoLunchMember.class, AoLunchApart.class,
                AoLunchRound.class, AoLunchSeat.class);
        people.with("admin", "Admin").admin("admin");
        for (String user : USERS) {
            people.with(user, "Person " + user, "group-" + user.charAt(0));
        }
        HostGroups groups = new HostGroups() {
            @Override
            public boolean exists(String groupName) {
                return true;
            }

            @Override
            public List<String> memberNames(String groupName) {
                return USERS.stream().filter(u -> groupName.equals("group-" + u.charAt(0))).toList();
            }
        };
        MemoryCaches caches = new MemoryCaches();
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), groups, people, caches);
        for (String d : List.of("a", "b", "c")) {
            departments.create(new DepartmentInput("dept-" + d, "Dept " + d, "部署 " + d, List.of("group-" + d), true));
        }
        ClusterLocks locks = new ClusterLocks() {
            @Override
            public <T> T underLock(String name, java.util.function.Supplier<T> work) {
                return work.get();
            }
        };
        DepartmentMapService maps = new DepartmentMapService(new AoDepartmentMapStore(ao, TestDatabase.jdbc(ao)), departments,
                new CompanyCalendarService(new AoCompanyCalendarStore(ao), new AoHolidayStore(ao), caches, clock),
                () -> Optional.of("/jira" + NewRequestLink.PATH), EventAttendance.NONE, caches, locks, clock);
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com/");
        MailTexts texts = new SalMailTexts(new BundleI18nResolver("i18n.kakehashi", getClass().getClassLoader()),
                application);
        MemoryNotifications memory = new MemoryNotifications();
        LunchMail mail = new LunchMail(memory.delivery(k -> people.byKey(k).map(p -> new Recipient(p.key(),
                p.username(), p.displayName(), p.username() + "@example.com", Locale.ENGLISH)), texts,
                MemoryNotifications.outbox(sent::add)), texts, people, memory.ledger);
        lunch = new LunchService(new AoLunchStore(ao), departments, people, maps, mail, clock);
        lunch.create(FakePeople.key("admin"), new ProgrammeInput("wed", "Wednesday lunch", "", "", "weekly",
                "wednesday", "2026-12-01", 3, 3, 3, true));
        for (String user : USERS) {
            lunch.join(FakePeople.key(user), "wed");
        }
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    @Test
    public void theJobFormsTheRoundOnTheProgrammesDayOnceAndAsksTwoDaysLater() {
        lunch.snooze(FakePeople.key("c3"), "wed", "2026-12-09");
        lunch.join(FakePeople.key("c2"), "wed");
        lunch.leave(FakePeople.key("c2"), "wed");

        assertEquals("1 lunch rounds formed, 0 people asked whether they met", lunch.daily());
        assertEquals("0 lunch rounds formed, 0 people asked whether they met", lunch.daily());

        assertEquals(7, sent.size());
        LunchService.MyRound mine = lunch.mine(FakePeople.key("a1")).get(0);
        assertEquals(LocalDate.of(2026, 12, 9), mine.round().date());
        assertEquals(7, mine.round().people());
        assertTrue(lunch.mine(FakePeople.key("c3")).isEmpty());
        assertTrue(lunch.mine(FakePeople.key("c2")).isEmpty());

        clock.now = WEDNESDAY.plus(Duration.ofDays(1));
        assertEquals("0 lunch rounds formed, 0 people asked whether they met", lunch.daily());
        clock.now = WEDNESDAY.plus(Duration.ofDays(2));
        assertEquals("0 lunch rounds formed, 7 people asked whether they met", lunch.daily());
        assertEquals("0 lunch rounds formed, 0 people asked whether they met", lunch.daily());
        assertEquals(14, sent.size());
    }

    @Test
    public void groupsMixTheThreeDepartmentsAndTheFiguresShowWhatRestsOnAtLeastKPeople() {
        LunchService.RoundOutcome outcome = lunch.runNow(FakePeople.key("admin"), "wed", "");

        assertTrue(outcome.formed());
        assertTrue(outcome.round().clean());
        assertFalse(lunch.runNow(FakePeople.key("admin"), "wed", "").formed());
        LunchService.RoundFigures figures = lunch.figures(FakePeople.key("admin"), "wed").get(0);
        // nine people in three groups of one person per department: nine new cross-department pairs
        assertEquals(Integer.valueOf(9), figures.newCrossPairs());
        // each department pair: three pairs resting on six people, at least k = 5: shown
        assertEquals(5, figures.k());
        assertEquals(3, figures.cells().size());
        figures.cells().forEach(c -> assertEquals(Integer.valueOf(3), c.count()));
        assertEquals(Integer.valueOf(6), figures.byDepartment().get("dept-a"));
        // nobody answered yet: fewer than k answers, hidden
        assertEquals(null, figures.answered());
        Rejections.problems(() -> lunch.figures(FakePeople.key("a1"), "wed"), Rejection.Reason.FORBIDDEN);
        Rejections.problems(() -> lunch.runNow(FakePeople.key("admin"), "wed", "2026-12-01"),
                Rejection.Reason.INVALID);
        long future = lunch.runNow(FakePeople.key("admin"), "wed", "2026-12-16").round().id();
        Rejections.problems(() -> lunch.answer(FakePeople.key("a1"), future, true), Rejection.Reason.INVALID);
        Rejections.problems(() -> lunch.answer(FakePeople.key("admin"), future, true), Rejection.Reason.NOT_FOUND);
        lunch.answer(FakePeople.key("a1"), outcome.round().id(), true);
        assertEquals(Boolean.TRUE, lunch.mine(FakePeople.key("a1")).stream()
                .filter(r -> r.round().id() == outcome.round().id()).findFirst().orElseThrow().met());
    }
}
