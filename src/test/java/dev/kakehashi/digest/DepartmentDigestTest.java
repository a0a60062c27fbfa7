package dev.kakehashi.digest;

import static dev.kakehashi.testing.FakePeople.key;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import dev.kakehashi.admin.CompanyCalendar;
import dev.kakehashi.admin.CompanyValueInput;
import dev.kakehashi.admin.CompanyValueService;
import dev.kakehashi.admin.DepartmentInput;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoCompanyValue;
import dev.kakehashi.admin.ao.AoCompanyValueStore;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.collaboration.CollaborationRequest;
import dev.kakehashi.collaboration.HistoryEntry;
import dev.kakehashi.collaboration.RequestIssues;
import dev.kakehashi.collaboration.RequestKind;
import dev.kakehashi.collaboration.Step;
import dev.kakehashi.collaboration.ao.AoCollaborationStore;
import dev.kakehashi.collaboration.ao.AoRequest;
import dev.kakehashi.collaboration.ao.AoRequestEvent;
import dev.kakehashi.digest.ao.AoDigestSettingsStore;
import dev.kakehashi.goals.Cadence;
import dev.kakehashi.goals.Goal;
import dev.kakehashi.goals.jira.NoGoalSpaces;
import dev.kakehashi.goals.GoalStatus;
import dev.kakehashi.goals.GoalUpdate;
import dev.kakehashi.goals.Measure;
import dev.kakehashi.goals.Participant;
import dev.kakehashi.goals.ao.AoGoal;
import dev.kakehashi.goals.ao.AoGoalItem;
import dev.kakehashi.goals.ao.AoGoalStore;
import dev.kakehashi.goals.ao.AoGoalUpdate;
import dev.kakehashi.insights.QuietPairs;
import dev.kakehashi.notify.Mail;
import dev.kakehashi.notify.MailDelivery;
import dev.kakehashi.notify.MailTexts;
import dev.kakehashi.notify.NotificationKind;
import dev.kakehashi.notify.NotificationPreferences;
import dev.kakehashi.notify.Recipient;
import dev.kakehashi.notify.ao.AoNotificationLedger;
import dev.kakehashi.notify.ao.AoNotifyLedger;
import dev.kakehashi.notify.sal.SalMailTexts;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.profiles.Challenge;
import dev.kakehashi.profiles.DepartmentProfile;
import dev.kakehashi.profiles.ao.AoDeptProfile;
import dev.kakehashi.profiles.ao.AoDeptProfileItem;
import dev.kakehashi.profiles.ao.AoProfileStore;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.sandbox.host.BundleI18nResolver;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.MemoryNotifications;
import dev.kakehashi.testing.TestDatabase;
import dev.kakehashi.thanks.ContextAccess;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksInput;
import dev.kakehashi.thanks.ThanksService;
import dev.kakehashi.thanks.ao.AoThanks;
import dev.kakehashi.thanks.ao.AoThanksDepartment;
import dev.kakehashi.thanks.ao.AoThanksPerson;
import dev.kakehashi.thanks.ao.AoThanksPolicyStore;
import dev.kakehashi.thanks.ao.AoThanksSender;
import dev.kakehashi.thanks.ao.AoThanksStore;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
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
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The weekly department digest with the real stores on a real database, the real ledger and the app's real texts:
 * each contact of a department gets one digest a week in their language with only what they may see; a contact who
 * turned it off gets none; a department with nothing to report sends nothing.
 */
public class DepartmentDigestTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    /** Monday 7 December 2026, 10:00 in Tokyo. */
    private static final Instant MONDAY_MORNING = MONDAY.atTime(10, 0).atZone(TOKYO).toInstant();
    private static final CompanyCalendar CALENDAR = CompanyCalendar.DEFAULT;
    private static final String BASE = "https://jira.example.com";

    private final FakePeople people = new FakePeople()
            .with("tanaka", "田中 美咲", "sales")
            .with("sato", "佐藤 花子", "sales")
            .with("smith", "Alex Smith", "sales")
            .with("suzuki", "鈴木 次郎", "development")
            .with("kato", "加藤 健", "marketing");
    private final Map<String, Locale> languages = Map.of(key("tanaka"), Locale.JAPANESE, key("sato"), Locale.JAPANESE,
            key("smith"), Locale.ENGLISH, key("suzuki"), Locale.JAPANESE, key("kato"), Locale.JAPANESE);
    private final MemoryNotifications memory = new MemoryNotifications();
    private final List<Mail> sent = new ArrayList<>();
    /** Addresses the mail queue refuses. */
    private final Set<String> refusedBy = new java.util.HashSet<>();
    /** The departments the quiet pairs were asked about, with the day asked from. */
    private final Map<String, LocalDate> quietAsked = new HashMap<>();
    private Instant now = MONDAY_MORNING;
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
    private EntityManagerActiveObjects ao;
    private AoNotificationLedger ledger;
    private AoProfileStore profiles;
    private AoCollaborationStore requests;
    private AoGoalStore goals;
    private ThanksService thanks;
    private DigestSettingsService settings;
    private DepartmentDigest digest;

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoRequest.class, AoRequestEvent.class, AoThanks.class, AoThanksSender.class,
                AoThanksPerson.class, AoThanksDepartment.class, AoSetting.class, AoDepartment.class,
                AoDepartmentGroup.class, AoCompanyValue.class, AoGoal.class, AoGoalUpdate.class, AoGoalItem.class,
                AoDeptProfile.class, AoDeptProfileItem.class, AoNotifyLedger.class);
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), people.groups(g -> true),
                people, new MemoryCaches());
        departments.create(new DepartmentInput("sales", "Sales", "営業", List.of("sales"), null));
        departments.create(new DepartmentInput("development", "Development", "開発", List.of("development"), null));
        departments.create(new DepartmentInput("marketing", "Marketing", "マーケティング", List.of("marketing"), null));
        CompanyValueService values = new CompanyValueService(new AoCompanyValueStore(ao), new MemoryCaches());
        values.create(new CompanyValueInput("collaboration", "Collaboration", "協力", "", "", "🤝", null));
        thanks = new ThanksService(new AoThanksStore(ao), new AoThanksPolicyStore(ao), people, departments, values,
                new Issues(), dev.kakehashi.notify.Notifier.NONE, new MemoryCaches(), clock);
        requests = new AoCollaborationStore(ao);
        goals = new AoGoalStore(ao);
        profiles = new AoProfileStore(ao);
        ledger = new AoNotificationLedger(ao);
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn(BASE + "/");
        MailTexts texts = new SalMailTexts(new BundleI18nResolver("i18n.kakehashi", getClass().getClassLoader()),
                application);
        MailDelivery delivery = new MailDelivery(memory.preferences, k -> Optional.of(new Recipient(k,
                k, k, k.substring(4) + "@example.com", languages.get(k))), memory.digests, ledger, texts,
                MemoryNotifications.outbox(mail -> {
                    if (refusedBy.contains(mail.to())) {
                        throw new IllegalStateException("the mail queue is full");
                    }
                    sent.add(mail);
                }));
        QuietPairs quiet = (department, since) -> {
            quietAsked.put(department, since);
            return department.equals("sales") ? List.of("development", "marketing") : List.of();
        };
        settings = new DigestSettingsService(new AoDigestSettingsStore(ao), new MemoryCaches());
        digest = new DepartmentDigest(settings, departments, profiles, quiet, requests, new Issues(), goals,
                new Spaces(), thanks, delivery, texts);

        profiles.save(new DepartmentProfile("sales", "", "", "", "", "", List.of(key("tanaka"), key("smith"),
                key("sato")), List.of(new Challenge("引き継ぎ資料の整備が追いつかない", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 1)), new Challenge("新人研修の見直し", LocalDate.of(2026, 11, 1),
                LocalDate.of(2027, 1, 31))), 1, MONDAY_MORNING, key("tanaka")));
        profiles.save(new DepartmentProfile("marketing", "", "", "", "", "", List.of(key("kato")), List.of(), 1,
                MONDAY_MORNING, key("kato")));

        request(10100, "sales", "development", Step.DEFINE, 30);
        request(10101, "development", "sales", Step.FIRST_CONTACT, 20);
        request(10102, "sales", "development", Step.DEFINE, 3);
        request(10103, "sales", "development", Step.WORKING, 40);
        request(10104, "development", "marketing", Step.AGREED, 30);

        goal("DEMO", "問い合わせ対応の時間を半分にする", "sales");
        goal("HR", "評価制度の刷新", "sales");
        goal("DEMO", "開発だけの目標", "development");

        now = MONDAY_MORNING.minus(Duration.ofDays(10));
        send("suzuki", List.of("sato"), "先月の展示会の件、ありがとうございました", "", "public");
        now = MONDAY_MORNING.minus(Duration.ofDays(2));
        send("suzuki", List.of("sato"), "見積もりの確認ありがとうございました", "", "public");
        send("suzuki", List.of("smith"), "Thanks for the review of SECRET-1", "10101", "public");
        send("suzuki", List.of("smith"), "内緒のお礼です", "", "private");
        send("tanaka", List.of("suzuki"), "営業から開発へのお礼", "", "public");
        now = MONDAY_MORNING;
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    private void send(String from, List<String> to, String message, String issue, String visibility) {
        thanks.send(key(from), new ThanksInput(to, null, message, "collaboration", issue.isEmpty() ? "none"
                : "jira-issue", issue.isEmpty() ? "" : issue, visibility));
    }

    private void request(long issueId, String from, String to, Step step, int daysAgo) {
        Instant created = MONDAY_MORNING.minus(Duration.ofDays(daysAgo));
        requests.insert(new CollaborationRequest(issueId, RequestKind.JOINT_TASK, from, to, "目的", "", "", "",
                key("tanaka"), key("suzuki"), "", null, step, "", "", null, null, created, created, 0),
                new HistoryEntry(issueId, HistoryEntry.Event.CREATED, null, step, key("tanaka"), created));
    }

    private void goal(String space, String title, String department) {
        Instant september = LocalDate.of(2026, 9, 1).atTime(10, 0).atZone(TOKYO).toInstant();
        goals.insert(new Goal(0, space, 0, title, "", key("suzuki"), List.of(new Participant(department,
                key("suzuki"), "")), Measure.number(0, 100, 10, "件"), LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 3, 31), GoalStatus.ON_TRACK, Cadence.BIWEEKLY, List.of(), september, september,
                september, 0), new GoalUpdate(0, 0, GoalUpdate.Kind.CREATED, 10, 0, GoalStatus.ON_TRACK, "",
                key("suzuki"), september));
    }

    private Mail to(String username) {
        List<Mail> theirs = sent.stream().filter(m -> m.to().equals(username + "@example.com")).toList();
        assertEquals(sent.toString(), 1, theirs.size());
        return theirs.get(0);
    }

    @Test
    public void eachContactGetsTheDigestInTheirLanguageWithOnlyWhatTheyMaySee() {
        memory.preferences.save(key("sato"), new NotificationPreferences(true,
                Set.of(NotificationKind.DEPARTMENT_DIGEST), false));

        int count = digest.send(CALENDAR, MONDAY, now, ledger);

        Mail tanaka = to("tanaka");
        assertEquals("営業の週次ダイジェスト（2026-12-07 の週）", tanaka.subject());
        String body = tanaka.body();
        assertTrue(body, body.contains("営業と 8 週間接点がほとんどない部署です"));
        assertTrue(body, body.contains("- 開発  " + BASE + "/plugins/servlet/kakehashi/departments/development"));
        assertTrue(body, body.contains("- マーケティング"));
        assertEquals("quiet since eight weeks before the day", LocalDate.of(2026, 10, 12), quietAsked.get("sales"));
        assertTrue(body, body.contains("ステップ 1〜2 のまま 14 日を超えた依頼:"));
        assertTrue(body, body.contains("- COLLAB-10100 依頼 10100（30 日）" + BASE + "/browse/COLLAB-10100"));
        assertFalse("an issue tanaka may not browse is not listed", body.contains("10101"));
        assertFalse(body.contains("人事"));
        assertFalse("a request of three days is not stuck", body.contains("COLLAB-10102"));
        assertFalse("a request at step 4 is not stuck", body.contains("COLLAB-10103"));
        assertTrue(body, body.contains("- 問い合わせ対応の時間を半分にする（振り返り予定 2026-09-15）"));
        assertFalse("a goal in a space tanaka may not view", body.contains("評価制度の刷新"));
        assertFalse("a goal sales takes no part in", body.contains("開発だけの目標"));
        assertTrue(body, body.contains("- 引き継ぎ資料の整備が追いつかない（見直し日 2026-11-01）"));
        assertFalse("a challenge still within its review date", body.contains("新人研修の見直し"));
        assertTrue(body, body.contains("今週営業に届いた公開サンクス: 1 件\n- \"見積もりの確認ありがとうございました\""));
        assertFalse("a thanks on an issue tanaka may not browse", body.contains("SECRET"));
        assertFalse("a private thanks", body.contains("内緒"));
        assertFalse("a thanks the department gave", body.contains("営業から開発へのお礼"));
        assertFalse("a thanks of an earlier week", body.contains("展示会"));
        assertTrue(body, body.contains(BASE + "/plugins/servlet/kakehashi/thanks#kakehashi-notify-heading"));
        assertFalse("no person is named", body.contains("田中") || body.contains("鈴木") || body.contains("佐藤"));

        Mail smith = to("smith");
        assertEquals("Weekly digest for Sales (week of 2026-12-07)", smith.subject());
        assertTrue(smith.body(), smith.body().contains("Requests waiting at step 1 or 2 for more than 14 days:"));
        assertTrue("smith may browse it", smith.body().contains("- COLLAB-10101 依頼 10101 (20 days) " + BASE
                + "/browse/COLLAB-10101"));
        assertTrue(smith.body(), smith.body().contains("Public thanks Sales received this week: 2\n"));
        assertTrue(smith.body().contains("評価制度の刷新"));
        assertFalse("a private thanks, even to smith", smith.body().contains("内緒"));

        assertTrue("sato turned the digest off", sent.stream().noneMatch(m -> m.to().startsWith("sato@")));
        assertTrue("marketing has nothing to report", sent.stream().noneMatch(m -> m.to().startsWith("kato@")));
        assertTrue("development has no profile, so no contacts", sent.stream().noneMatch(m -> m.to().startsWith("suzuki@")));
        assertEquals("tanaka and smith", 2, count);
        assertEquals(2, sent.size());
    }

    @Test
    public void aSecondRunOfTheWeekSendsNothingAndTheNextWeekSendsAgain() {
        assertEquals("tanaka, smith and sato", 3, digest.send(CALENDAR, MONDAY, now, ledger));
        assertEquals(3, sent.size());

        assertEquals(0, digest.send(CALENDAR, MONDAY, now.plus(Duration.ofMinutes(5)), ledger));
        assertTrue("the week is recorded as done", ledger.recorded("department-digest:2026-W50"));
        ledger.release("department-digest:2026-W50");
        assertEquals("each contact's digest is recorded on its own", 0,
                digest.send(CALENDAR, MONDAY, now.plus(Duration.ofMinutes(10)), ledger));
        assertEquals("no digest on Tuesday", 0, digest.send(CALENDAR, MONDAY.plusDays(1),
                now.plus(Duration.ofDays(1)), ledger));
        assertEquals(3, sent.size());

        assertEquals(3, digest.send(CALENDAR, MONDAY.plusDays(7), now.plus(Duration.ofDays(7)), ledger));
        assertEquals(6, sent.size());
    }

    @Test
    public void aDigestTheMailQueueRefusedIsSentByTheNextRunAndNoOtherOneTwice() {
        refusedBy.add("smith@example.com");
        assertEquals("tanaka and sato", 2, digest.send(CALENDAR, MONDAY, now, ledger));
        assertFalse("the week is not done", ledger.recorded("department-digest:2026-W50"));

        refusedBy.clear();
        assertEquals("smith only", 1, digest.send(CALENDAR, MONDAY, now.plus(Duration.ofMinutes(5)), ledger));
        assertEquals(List.of("tanaka@example.com", "sato@example.com", "smith@example.com"),
                sent.stream().map(Mail::to).toList());
        assertTrue(ledger.recorded("department-digest:2026-W50"));
        assertEquals(0, digest.send(CALENDAR, MONDAY, now.plus(Duration.ofMinutes(10)), ledger));
    }

    @Test
    public void theDigestFollowsTheChosenWeekdayAndNumbers() {
        settings.update("wednesday", 4, 25);
        assertEquals(new DigestSettings(DayOfWeek.WEDNESDAY, 4, 25), settings.settings());
        assertEquals(0, digest.send(CALENDAR, MONDAY, now, ledger));
        assertEquals(List.of(), sent);

        now = MONDAY_MORNING.plus(Duration.ofDays(2));
        digest.send(CALENDAR, MONDAY.plusDays(2), now, ledger);
        String body = to("tanaka").body();
        assertEquals(LocalDate.of(2026, 11, 11), quietAsked.get("sales"));
        assertTrue(body, body.contains("ステップ 1〜2 のまま 25 日を超えた依頼:"));
        assertTrue(body, body.contains("（32 日）"));
        assertEquals("営業の週次ダイジェスト（2026-12-09 の週）", to("tanaka").subject());
    }

    @Test
    public void aThanksStillWithinItsWithdrawWindowIsLeftOut() {
        now = MONDAY_MORNING.minus(Duration.ofMinutes(5));
        send("suzuki", List.of("sato"), "まだ取り消せるお礼", "", "public");
        now = MONDAY_MORNING;

        digest.send(CALENDAR, MONDAY, now, ledger);

        String body = to("tanaka").body();
        assertFalse("sent five minutes ago, within the ten minutes to withdraw it", body.contains("まだ取り消せる"));
        assertTrue(body, body.contains("今週営業に届いた公開サンクス: 1 件\n"));
    }

    @Test
    public void aFullPageOfThanksIsCountedAsAtLeastEvenWhenSomeOfItAreNotShown() {
        thanks.updatePolicy(null, 1000, null);
        now = MONDAY_MORNING.minus(Duration.ofHours(1));
        // with the four of the week smith may read (one private, one sales gave), smith reads a full page of 100
        for (int i = 0; i < 96; i++) {
            send("suzuki", List.of("sato"), "お礼 " + i, "", "public");
        }
        now = MONDAY_MORNING;

        digest.send(CALENDAR, MONDAY, now, ledger);

        String body = to("smith").body();
        assertTrue(body, body.contains("Public thanks Sales received this week: 98 or more\n"));
    }

    @Test
    public void choosingAnotherWeekdayMidWeekSendsNoSecondDigestThatWeek() {
        assertEquals(3, digest.send(CALENDAR, MONDAY, now, ledger));
        assertTrue(ledger.recorded("department-digest:2026-W50"));

        settings.update("wednesday", 8, 14);
        now = MONDAY_MORNING.plus(Duration.ofDays(2));
        assertEquals("Wednesday of the same ISO week", 0, digest.send(CALENDAR, MONDAY.plusDays(2), now, ledger));
        assertEquals(3, sent.size());

        now = MONDAY_MORNING.plus(Duration.ofDays(9));
        assertEquals("the next week's Wednesday", 3, digest.send(CALENDAR, MONDAY.plusDays(9), now, ledger));
        assertEquals(6, sent.size());
        assertEquals("a new year's day in the last week of the year before", "2026-W53",
                DepartmentDigest.isoWeek(LocalDate.of(2027, 1, 1)));
    }

    /** Jira: every request's issue exists; only SECRET's (10101) is hidden from tanaka; thanks contexts likewise. */
    private static final class Issues implements RequestIssues, ContextAccess {
        private static boolean hidden(long issueId, String userKey) {
            return issueId == 10101 && key("tanaka").equals(userKey);
        }

        @Override
        public Optional<IssueRef> byKey(String key) {
            return Optional.empty();
        }

        @Override
        public Optional<IssueRef> byId(long id) {
            return Optional.of(new IssueRef(id, "COLLAB-" + id, "依頼 " + id, "COLLAB", "10200", false,
                    key("tanaka")));
        }

        @Override
        public boolean canBrowse(IssueRef issue, String userKey) {
            return !hidden(issue.id(), userKey);
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
            throw new UnsupportedOperationException("the digest creates no issue");
        }

        @Override
        public void deleteCreated(IssueRef issue) {
            throw new UnsupportedOperationException("the digest removes no issue");
        }

        @Override
        public boolean supports(ThanksContext.Type type) {
            return type == ThanksContext.Type.JIRA_ISSUE;
        }

        @Override
        public boolean canView(String userKey, ThanksContext context) {
            return !hidden(Long.parseLong(context.id()), userKey);
        }

        @Override
        public List<String> suggestedPeople(ThanksContext context) {
            return List.of();
        }
    }

    /** Confluence: every space is known by its key; the space HR is hidden from tanaka. */
    private static final class Spaces extends NoGoalSpaces {
        @Override
        public Optional<String> name(String spaceKey) {
            return Optional.of(spaceKey);
        }

        @Override
        public boolean canView(String spaceKey, String userKey) {
            return !(spaceKey.equals("HR") && key("tanaka").equals(userKey));
        }
    }
}
