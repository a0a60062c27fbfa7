package dev.kakehashi.schedule;

import static dev.kakehashi.testing.FakePeople.key;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.admin.CompanyCalendar;
import dev.kakehashi.admin.CompanyCalendarService;
import dev.kakehashi.admin.CompanyCalendarStore;
import dev.kakehashi.admin.CompanyValueInput;
import dev.kakehashi.admin.CompanyValueService;
import dev.kakehashi.admin.DepartmentInput;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoCompanyValue;
import dev.kakehashi.admin.ao.AoCompanyValueStore;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.admin.ao.AoHoliday;
import dev.kakehashi.admin.ao.AoHolidayStore;
import dev.kakehashi.collaboration.CollaborationRequest;
import dev.kakehashi.collaboration.CollaborationService;
import dev.kakehashi.collaboration.HistoryEntry;
import dev.kakehashi.collaboration.HostIssueTypes;
import dev.kakehashi.collaboration.RequestIssues;
import dev.kakehashi.collaboration.RequestKind;
import dev.kakehashi.collaboration.RequestTypeInstaller;
import dev.kakehashi.collaboration.Step;
import dev.kakehashi.collaboration.ao.AoChangePolicyStore;
import dev.kakehashi.collaboration.ao.AoCollaborationStore;
import dev.kakehashi.collaboration.ao.AoIssueTypeBinding;
import dev.kakehashi.collaboration.ao.AoIssueTypeBindingStore;
import dev.kakehashi.collaboration.ao.AoRequest;
import dev.kakehashi.collaboration.ao.AoRequestEvent;
import dev.kakehashi.digest.DepartmentDigest;
import dev.kakehashi.digest.DigestSettingsService;
import dev.kakehashi.digest.ao.AoDigestSettingsStore;
import dev.kakehashi.goals.Cadence;
import dev.kakehashi.goals.Goal;
import dev.kakehashi.goals.GoalReviewReminders;
import dev.kakehashi.goals.GoalSpaces;
import dev.kakehashi.goals.GoalStatus;
import dev.kakehashi.goals.GoalUpdate;
import dev.kakehashi.goals.Measure;
import dev.kakehashi.goals.Participant;
import dev.kakehashi.goals.ao.AoGoal;
import dev.kakehashi.goals.ao.AoGoalItem;
import dev.kakehashi.goals.ao.AoGoalStore;
import dev.kakehashi.goals.ao.AoGoalUpdate;
import dev.kakehashi.notify.Mail;
import dev.kakehashi.notify.MailDelivery;
import dev.kakehashi.notify.MailTexts;
import dev.kakehashi.notify.NotificationKind;
import dev.kakehashi.notify.Recipient;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.profiles.Challenge;
import dev.kakehashi.profiles.DepartmentProfile;
import dev.kakehashi.profiles.ao.AoDeptProfile;
import dev.kakehashi.profiles.ao.AoDeptProfileItem;
import dev.kakehashi.profiles.ao.AoProfileStore;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.MemoryNotifications;
import dev.kakehashi.testing.TestDatabase;
import dev.kakehashi.thanks.ContextAccess;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksInput;
import dev.kakehashi.thanks.ThanksService;
import dev.kakehashi.thanks.ao.AoMailWatermark;
import dev.kakehashi.thanks.ao.AoThanks;
import dev.kakehashi.thanks.ao.AoThanksDepartment;
import dev.kakehashi.thanks.ao.AoThanksPerson;
import dev.kakehashi.thanks.ao.AoThanksPolicyStore;
import dev.kakehashi.thanks.ao.AoThanksSender;
import dev.kakehashi.thanks.ao.AoThanksStore;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * A scheduled run with the real services on a real database and a clock the test moves: thanks emails go out any
 * day; overdue-request reminders, goal review reminders and digests only on the company's working days, counted in
 * its time zone.
 */
public class ScheduledMailTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** Friday 4 December 20:00 UTC: already Saturday 5 December 05:00 in Tokyo. */
    private static final Instant FRIDAY_EVENING_UTC = Instant.parse("2026-12-04T20:00:00Z");
    /** Sunday 6 December 15:30 UTC: already Monday 7 December 00:30 in Tokyo. */
    private static final Instant SUNDAY_AFTERNOON_UTC = Instant.parse("2026-12-06T15:30:00Z");

    private final FakePeople people = new FakePeople()
            .with("tanaka", "田中 一郎", "sales")
            .with("suzuki", "鈴木 次郎", "development")
            .with("sato", "佐藤 花子", "sales");
    private final MemoryNotifications memory = new MemoryNotifications();
    /** Every email the delivery sent (goal review reminders and digests), as "to subject". */
    private final List<String> mailed = new ArrayList<>();
    /** Every thanks email, as the recipient's key. */
    private final List<String> thanked = new ArrayList<>();
    /** Every overdue-request notice, as "kind issueKey recipients". */
    private final List<String> requestNotices = new ArrayList<>();
    private Instant now = Instant.parse("2026-12-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private CompanyCalendar calendar = CompanyCalendar.DEFAULT;
    private EntityManagerActiveObjects ao;
    private ThanksService thanks;
    private ScheduledMail scheduled;
    private AoGoalStore goalStore;
    private CompanyCalendarService calendars;
    private AoProfileStore profiles;

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoRequest.class, AoRequestEvent.class, AoIssueTypeBinding.class, AoThanks.class,
                AoThanksSender.class, AoThanksPerson.class, AoThanksDepartment.class, AoSetting.class,
                AoDepartment.class, AoDepartmentGroup.class, AoCompanyValue.class, AoGoal.class, AoGoalUpdate.class,
                AoGoalItem.class, AoHoliday.class, AoDeptProfile.class, AoDeptProfileItem.class);
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), people.groups(g -> true),
                people, new MemoryCaches());
        departments.create(new DepartmentInput("sales", "Sales", "営業", List.of("sales"), null));
        departments.create(new DepartmentInput("development", "Development", "開発", List.of("development"), null));
        CompanyValueService values = new CompanyValueService(new AoCompanyValueStore(ao), new MemoryCaches());
        values.create(new CompanyValueInput("collaboration", "Collaboration", "協力", "", "", "🤝", null));
        ContextAccess everyoneSees = new ContextAccess() {
            @Override
            public boolean supports(ThanksContext.Type type) {
                return type == ThanksContext.Type.JIRA_ISSUE;
            }

            @Override
            public boolean canView(String userKey, ThanksContext context) {
                return true;
            }

            @Override
            public List<String> suggestedPeople(ThanksContext context) {
                return List.of();
            }
        };
        thanks = new ThanksService(new AoThanksStore(ao), new AoThanksPolicyStore(ao), people, departments, values,
                everyoneSees, t -> thanked.add(t.recipientKey()), new MemoryCaches(), clock);

        AoCollaborationStore requestStore = new AoCollaborationStore(ao);
        RequestIssues.IssueRef issue = new RequestIssues.IssueRef(10100, "COLLAB-1", "営業資料のレビュー", "COLLAB",
                "10200", false, key("tanaka"));
        CollaborationService requests = new CollaborationService(requestStore, new OneIssue(issue),
                (request, actorKey) -> { }, new RequestTypeInstaller(new AoIssueTypeBindingStore(ao), new NoIssueTypes(),
                        new OneNode(), new MemoryCaches()), people, departments, thanks, new AoChangePolicyStore(ao),
                new MemoryCaches(), clock, (i, request, kind, userKeys, actorKey, at) ->
                        requestNotices.add(kind.key() + " " + i.key() + " " + userKeys),
                new dev.kakehashi.collaboration.FakeLinkedGoals());
        // due on Tuesday 1 December and still at step 1: overdue from then on
        requestStore.insert(new CollaborationRequest(issue.id(), RequestKind.JOINT_TASK, "sales", "development",
                "提案資料を直したい", "テンプレート 1 点", "レビュー", "", key("tanaka"), key("suzuki"), "",
                LocalDate.of(2026, 12, 1), Step.DEFINE, "", "", null, null, now, now, 0),
                new HistoryEntry(issue.id(), HistoryEntry.Event.CREATED, null, Step.DEFINE, key("tanaka"), now));

        MailTexts texts = new MailTexts() {
            @Override
            public String text(Locale locale, String key, Serializable... arguments) {
                return key + Arrays.toString(arguments);
            }

            @Override
            public String baseUrl() {
                return "https://example.com";
            }
        };
        MailDelivery delivery = memory.delivery(k -> Optional.of(new Recipient(k, k, k, k + "@example.com",
                Locale.JAPANESE)), texts, MemoryNotifications.outbox(m -> mailed.add(m.to() + " " + m.subject())));
        goalStore = new AoGoalStore(ao);
        // a two-week review due on 15 September and never held
        Instant september = LocalDate.of(2026, 9, 1).atTime(10, 0).atZone(TOKYO).toInstant();
        goalStore.insert(new Goal(0, "DEMO", 65540, "問い合わせを減らす", "", "OWNER", List.of(
                new Participant("sales", "SUZUKI", "")), Measure.number(0, 100, 10, "件"), LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 3, 31), GoalStatus.ON_TRACK, Cadence.BIWEEKLY, List.of(), september, september,
                september, 0), new GoalUpdate(0, 0, GoalUpdate.Kind.CREATED, 10, 0, GoalStatus.ON_TRACK, "", "OWNER",
                september));
        GoalReviewReminders goals = new GoalReviewReminders(goalStore, new OneSpace(), delivery, texts);
        memory.digests.add("SATO", NotificationKind.REQUEST_STEP, "ステップが進みました", "COLLAB-1", now);

        calendars = new CompanyCalendarService(new CompanyCalendarStore() {
            @Override
            public CompanyCalendar get() {
                return calendar;
            }

            @Override
            public void save(CompanyCalendar saved) {
                calendar = saved;
            }
        }, new AoHolidayStore(ao), new MemoryCaches(), clock);
        profiles = new AoProfileStore(ao);
        DepartmentDigest departmentDigest = new DepartmentDigest(new DigestSettingsService(
                new AoDigestSettingsStore(ao), new MemoryCaches()), departments, profiles, (key, since) -> List.of(),
                requestStore, new OneIssue(issue), goalStore, new OneSpace(), thanks, delivery, texts);
        scheduled = new ScheduledMail(thanks, requests, goals, delivery, memory.ledger, new AoMailWatermark(ao),
                calendars, departmentDigest, clock);
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    /** Sends a thanks to suzuki now, and moves the clock to {@code at}, past its withdraw window. */
    private void thankSuzukiThenRunAt(Instant at) {
        now = at.minus(Duration.ofMinutes(15));
        thanks.send(key("tanaka"), new ThanksInput(List.of("suzuki"), null, "助かりました", "collaboration",
                "jira-issue", "10100", "public"));
        now = at;
    }

    @Test
    public void onATokyoWeekendOnlyDueThanksGoOutAndTheRestWaitsForTheNextWorkingDay() {
        thankSuzukiThenRunAt(FRIDAY_EVENING_UTC);

        ScheduledMail.Run saturday = scheduled.run();

        assertEquals(new ScheduledMail.Run(LocalDate.of(2026, 12, 5), false, 1, 0, 0, 0, 0), saturday);
        assertEquals(List.of(key("suzuki")), thanked);
        assertEquals("no overdue reminder", List.of(), requestNotices);
        assertEquals("no goal review reminder, no digest", List.of(), mailed);

        now = SUNDAY_AFTERNOON_UTC;
        ScheduledMail.Run monday = scheduled.run();

        assertEquals(new ScheduledMail.Run(LocalDate.of(2026, 12, 7), true, 0, 2, 2, 1, 0), monday);
        assertEquals("the thanks email is not sent twice", List.of(key("suzuki")), thanked);
        assertEquals(List.of("request-overdue COLLAB-1 [KEY-tanaka, KEY-suzuki]"), requestNotices);
        assertEquals(3, mailed.size());
        assertTrue(mailed.toString(), mailed.contains("SATO@example.com kakehashi.notify.digest.subject[1]"));
    }

    @Test
    public void withWeekendsKeptEverythingGoesOutOnASaturdayToo() {
        calendar = new CompanyCalendar(TOKYO, false);
        thankSuzukiThenRunAt(FRIDAY_EVENING_UTC);

        ScheduledMail.Run saturday = scheduled.run();

        assertEquals(new ScheduledMail.Run(LocalDate.of(2026, 12, 5), true, 1, 2, 2, 1, 0), saturday);
        assertEquals(List.of(key("suzuki")), thanked);
        assertEquals(List.of("request-overdue COLLAB-1 [KEY-tanaka, KEY-suzuki]"), requestNotices);
        assertEquals(3, mailed.size());
    }

    @Test
    public void laterRunsOfAWorkingDayLookForNoRemindersAndTheNextWorkingDayDoes() {
        now = SUNDAY_AFTERNOON_UTC;
        assertEquals(new ScheduledMail.Run(LocalDate.of(2026, 12, 7), true, 0, 2, 2, 1, 0), scheduled.run());
        // a goal whose review was missed in October, written after the day's first run
        Instant october = LocalDate.of(2026, 10, 1).atTime(10, 0).atZone(TOKYO).toInstant();
        goalStore.insert(new Goal(0, "DEMO", 65541, "解約を減らす", "", "OWNER", List.of(
                new Participant("development", "SATO", "")), Measure.number(0, 10, 5, "件"), LocalDate.of(2026, 10, 1),
                LocalDate.of(2027, 3, 31), GoalStatus.ON_TRACK, Cadence.BIWEEKLY, List.of(), october, october,
                october, 0), new GoalUpdate(0, 0, GoalUpdate.Kind.CREATED, 5, 0, GoalStatus.ON_TRACK, "", "OWNER",
                october));
        int mailedOnMonday = mailed.size();

        now = SUNDAY_AFTERNOON_UTC.plus(Duration.ofMinutes(5));
        assertEquals("the day's reminders were looked for at its first run",
                new ScheduledMail.Run(LocalDate.of(2026, 12, 7), true, 0, 0, 0, 0, 0), scheduled.run());
        assertEquals(mailedOnMonday, mailed.size());

        now = SUNDAY_AFTERNOON_UTC.plus(Duration.ofDays(1));
        ScheduledMail.Run tuesday = scheduled.run();
        assertEquals("the new goal's owner and contact, not the first goal's people again", 2, tuesday.reviewsReminded());
        assertEquals("the overdue request's reminder is weekly", 0, tuesday.overdueReminded());
        assertTrue(mailed.toString(), mailed.contains("SATO@example.com kakehashi.notify.goal.review.subject[解約を減らす, "
                + "2026-10-15]"));
    }

    @Test
    public void onADayTheCompanyAddedOnlyDueThanksGoOutAndOnceItIsRemovedTheRemindersFollow() {
        calendars.add("2026-12-07", "臨時休業日", "Company closed");
        thankSuzukiThenRunAt(SUNDAY_AFTERNOON_UTC);

        assertEquals(new ScheduledMail.Run(LocalDate.of(2026, 12, 7), false, 1, 0, 0, 0, 0), scheduled.run());
        assertEquals("no overdue reminder", List.of(), requestNotices);
        assertEquals("no goal review reminder, no digest", List.of(), mailed);

        calendars.remove("2026-12-07");
        assertEquals(new ScheduledMail.Run(LocalDate.of(2026, 12, 7), true, 0, 2, 2, 1, 0), scheduled.run());
    }

    @Test
    public void onANationalSubstituteHolidayTheRemindersWaitUnlessTheCompanyWorksOnIt() {
        // Monday 22 March 2027, 振替休日 for the vernal equinox day on Sunday 21 March
        now = Instant.parse("2027-03-22T01:00:00Z");
        assertEquals(new ScheduledMail.Run(LocalDate.of(2027, 3, 22), false, 0, 0, 0, 0, 0), scheduled.run());
        assertEquals(List.of(), mailed);

        calendars.remove("2027-03-22");
        ScheduledMail.Run worked = scheduled.run();
        assertTrue(worked.describe(), worked.workingDay());
        assertTrue("the goal review missed since September is reminded", worked.reviewsReminded() > 0);
    }

    @Test
    public void withHolidaysKeptTheRemindersGoOutOnANationalHoliday() {
        calendar = new CompanyCalendar(TOKYO, true, false, Set.of());
        now = Instant.parse("2027-03-22T01:00:00Z");
        assertTrue(scheduled.run().workingDay());
    }

    @Test
    public void theWeeklyDepartmentDigestGoesOutAtTheFirstRunOfTheTokyoMondayAndOnceAWeek() {
        profiles.save(new DepartmentProfile("sales", "", "", "", "", "", List.of(key("tanaka")),
                List.of(new Challenge("引き継ぎ資料の整備", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1))), 1, now,
                key("tanaka")));
        String digest = key("tanaka") + "@example.com kakehashi.digest.mail.subject[営業, 2026-12-07]";

        now = SUNDAY_AFTERNOON_UTC.minus(Duration.ofMinutes(31));
        assertEquals("Sunday 23:59 in Tokyo", 0, scheduled.run().departmentDigestsSent());
        assertFalse(mailed.toString(), mailed.contains(digest));

        now = SUNDAY_AFTERNOON_UTC;
        assertEquals("Monday 00:30 in Tokyo, still Sunday in UTC", 1, scheduled.run().departmentDigestsSent());
        assertTrue(mailed.toString(), mailed.contains(digest));

        now = SUNDAY_AFTERNOON_UTC.plus(Duration.ofMinutes(5));
        assertEquals(0, scheduled.run().departmentDigestsSent());
        now = SUNDAY_AFTERNOON_UTC.plus(Duration.ofDays(1));
        assertEquals(0, scheduled.run().departmentDigestsSent());
        assertEquals(1, mailed.stream().filter(m -> m.contains("kakehashi.digest.mail.subject")).count());

        now = SUNDAY_AFTERNOON_UTC.plus(Duration.ofDays(7));
        assertEquals("the next week's digest", 1, scheduled.run().departmentDigestsSent());
        assertTrue(mailed.toString(), mailed.contains(key("tanaka")
                + "@example.com kakehashi.digest.mail.subject[営業, 2026-12-14]"));
    }

    /** Jira holding the one request issue, which everyone may browse. */
    private record OneIssue(RequestIssues.IssueRef issue) implements RequestIssues {
        @Override
        public Optional<IssueRef> byKey(String key) {
            return Optional.of(issue).filter(i -> i.key().equals(key));
        }

        @Override
        public Optional<IssueRef> byId(long id) {
            return Optional.of(issue).filter(i -> i.id() == id);
        }

        @Override
        public boolean canBrowse(IssueRef issue, String userKey) {
            return true;
        }

        @Override
        public boolean canEdit(IssueRef issue, String userKey) {
            return true;
        }

        @Override
        public boolean canAdminister(IssueRef issue, String userKey) {
            return false;
        }

        @Override
        public IssueRef create(String userKey, String projectKey, String issueTypeId, String summary,
                               String description) {
            throw new UnsupportedOperationException("scheduled mail creates no issue");
        }

        @Override
        public void deleteCreated(IssueRef issue) {
            throw new UnsupportedOperationException("scheduled mail removes no issue");
        }

        @Override
        public void watch(IssueRef issue, String userKey) {
            throw new UnsupportedOperationException("scheduled mail adds no watcher");
        }
    }

    /** Jira's issue types, which a scheduled run never asks for. */
    private static final class NoIssueTypes implements HostIssueTypes {
        @Override
        public boolean supported() {
            return false;
        }

        @Override
        public Optional<IssueTypeRef> byId(String id) {
            return Optional.empty();
        }

        @Override
        public Optional<IssueTypeRef> named(RequestKind kind) {
            return Optional.empty();
        }

        @Override
        public IssueTypeRef create(RequestKind kind) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ProjectTypes> projects(List<String> issueTypeIds) {
            return List.of();
        }

        @Override
        public boolean addToProject(String projectKey, List<String> issueTypeIds) {
            return false;
        }
    }

    /** A lock that runs the work at once: one node. */
    private static final class OneNode implements dev.kakehashi.platform.ClusterLocks {
        @Override
        public <T> T underLock(String name, java.util.function.Supplier<T> work) {
            return work.get();
        }
    }

    /** Confluence with the one space, which the goal's owner and contact may view. */
    private static final class OneSpace implements GoalSpaces {
        @Override
        public Optional<String> name(String spaceKey) {
            return Optional.of(spaceKey);
        }

        @Override
        public boolean canView(String spaceKey, String userKey) {
            return true;
        }

        @Override
        public Set<String> viewable(String userKey) {
            return Set.of("DEMO");
        }

        @Override
        public boolean canEditPage(long pageId, String userKey) {
            return false;
        }

        @Override
        public Optional<String> spaceOfPage(long pageId, String userKey) {
            return Optional.of("DEMO");
        }

        @Override
        public boolean canEdit(String spaceKey, String userKey) {
            return false;
        }

        @Override
        public boolean canAdminister(String spaceKey, String userKey) {
            return false;
        }
    }
}
