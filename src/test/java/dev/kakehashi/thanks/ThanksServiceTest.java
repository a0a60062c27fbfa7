package dev.kakehashi.thanks;

import static dev.kakehashi.testing.FakePeople.key;
import static dev.kakehashi.testing.Rejections.problems;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.admin.CompanyValueInput;
import dev.kakehashi.admin.CompanyValueService;
import dev.kakehashi.admin.DepartmentInput;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoCompanyValue;
import dev.kakehashi.admin.ao.AoCompanyValueStore;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.notify.EmailNotifier;
import dev.kakehashi.notify.Mail;
import dev.kakehashi.notify.MailTexts;
import dev.kakehashi.notify.NotificationPreferenceStore;
import dev.kakehashi.notify.Notifier;
import dev.kakehashi.notify.Outbox;
import dev.kakehashi.notify.Recipient;
import dev.kakehashi.notify.Recipients;
import dev.kakehashi.notify.Thanked;
import dev.kakehashi.notify.ThanksHidden;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.TestDatabase;
import dev.kakehashi.thanks.ao.AoMailWatermark;
import dev.kakehashi.thanks.ao.AoThanks;
import dev.kakehashi.thanks.ao.AoThanksPolicyStore;
import dev.kakehashi.thanks.ao.AoThanksDepartment;
import dev.kakehashi.thanks.ao.AoThanksPerson;
import dev.kakehashi.thanks.ao.AoThanksSender;
import dev.kakehashi.thanks.ao.AoThanksStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class ThanksServiceTest {
    private static final ThanksContext OPEN_ISSUE = ThanksContext.issue(10001);
    private static final ThanksContext SECRET_ISSUE = ThanksContext.issue(10004);

    private final FakePeople people = new FakePeople()
            .with("tanaka", "田中 美咲", "sales")
            .with("sato", "佐藤 健太", "sales")
            .with("suzuki", "鈴木 大輔", "development")
            .with("kato", "加藤 葵", "accounting")
            .admin("admin").with("admin", "Administrator", "it");
    /** Only kato and suzuki may see the secret issue; the open one is visible to all; both suggest suzuki. */
    private final ContextAccess contexts = new ContextAccess() {
        @Override
        public boolean supports(ThanksContext.Type type) {
            return type == ThanksContext.Type.JIRA_ISSUE;
        }

        @Override
        public boolean canView(String userKey, ThanksContext context) {
            if (context.equals(OPEN_ISSUE)) {
                return true;
            }
            return context.equals(SECRET_ISSUE) && (userKey.equals(key("kato")) || userKey.equals(key("suzuki")));
        }

        @Override
        public List<String> suggestedPeople(ThanksContext context) {
            return List.of(key("suzuki"), key("tanaka"), key("suzuki"));
        }

        @Override
        public String title(ThanksContext context) {
            return context.equals(OPEN_ISSUE) ? "DEMO-1 見積もりテンプレートの共有" : "DEMO-4 秘密の課題";
        }
    };
    private EntityManagerActiveObjects ao;
    private ThanksService service;
    private AoThanksPolicyStore policies;
    /** The host's cluster cache, shared by every service built here as by every node of a cluster. */
    private final MemoryCaches caches = new MemoryCaches();
    private DepartmentService departments;
    private CompanyValueService values;
    private Clock clock;
    private Instant now = Instant.parse("2026-11-20T01:00:00Z");

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoThanks.class, AoThanksSender.class, AoThanksPerson.class, AoThanksDepartment.class, AoSetting.class, AoDepartment.class, AoDepartmentGroup.class,
                AoCompanyValue.class);
        departments = new DepartmentService(new AoDepartmentStore(ao), people.groups(g -> true), people, caches);
        departments.create(new DepartmentInput("sales", "Sales", "営業", List.of("sales"), null));
        departments.create(new DepartmentInput("development", "Development", "開発", List.of("development"), null));
        departments.create(new DepartmentInput("accounting", "Accounting", "経理", List.of("accounting"), null));
        departments.create(new DepartmentInput("old", "Old", "旧", List.of(), false));
        values = new CompanyValueService(new AoCompanyValueStore(ao), caches);
        values.create(new CompanyValueInput("collaboration", "Collaboration", "協力", "", "", "🤝", null));
        values.create(new CompanyValueInput("retired", "Retired", "廃止", "", "", "", false));
        policies = new AoThanksPolicyStore(ao);
        watermark = new AoMailWatermark(ao);
        clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        service = node(notices::add);
    }

    /** The service as another cluster node builds it: its own objects over the same database and cluster cache. */
    private ThanksService node(Notifier notifier) {
        return new ThanksService(new AoThanksStore(ao), new AoThanksPolicyStore(ao), people,
                new DepartmentService(new AoDepartmentStore(ao), people.groups(g -> true), people, caches),
                new CompanyValueService(new AoCompanyValueStore(ao), caches), contexts, notifier, caches, clock);
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    private static ThanksInput to(String recipient, String message) {
        return new ThanksInput(List.of(recipient), null, message, "collaboration", null, null, null);
    }

    @Test
    public void thanksAcrossDepartmentsIsMarkedWithTheDepartmentsOfTheDay() {
        Thanks sent = service.send(key("tanaka"), new ThanksInput(List.of("suzuki"), null, "資料ありがとう！🙏",
                "collaboration", "jira-issue", "10001", null));

        assertEquals(key("tanaka"), sent.senderKey());
        assertEquals(List.of(key("suzuki")), sent.recipientKeys());
        assertEquals(List.of("sales"), sent.senderDepartments());
        assertEquals(List.of("development"), sent.recipientDepartments());
        assertTrue(sent.crossDepartment());
        assertEquals(OPEN_ISSUE, sent.context());
        assertEquals(Thanks.Visibility.PUBLIC, sent.visibility());
    }

    @Test
    public void thanksWithinOneDepartmentIsNotCrossDepartment() {
        assertFalse(service.send(key("tanaka"), to("sato", "ありがとう")).crossDepartment());
    }

    @Test
    public void aWholeDepartmentCanBeThankedButNotPrivately() {
        Thanks sent = service.send(key("tanaka"), new ThanksInput(List.of(), "development", "開発チームに感謝",
                "collaboration", null, null, "public"));
        assertEquals("development", sent.departmentKey());
        assertTrue(sent.crossDepartment());

        List<Problem> problems = problems(() -> service.send(key("tanaka"), new ThanksInput(List.of(), "development",
                "内緒", "collaboration", null, null, "private")), Rejection.Reason.INVALID);
        assertEquals("kakehashi.thanks.error.private.department", problems.get(0).messageKey());
    }

    @Test
    public void nobodyCanThankThemselves() {
        List<Problem> problems = problems(() -> service.send(key("tanaka"), to("tanaka", "自分に")),
                Rejection.Reason.INVALID);
        assertEquals("kakehashi.thanks.error.self", problems.get(0).messageKey());
    }

    @Test
    public void everyProblemIsReportedAtOnce() {
        List<Problem> problems = problems(() -> service.send(key("tanaka"), new ThanksInput(List.of("nobody"), "old",
                "x".repeat(1001), "retired", null, null, "secret")), Rejection.Reason.INVALID);

        assertEquals(Set.of("recipients", "department", "message", "value", "visibility"),
                Set.copyOf(problems.stream().map(Problem::field).toList()));
    }

    @Test
    public void theValueIsRequiredOnlyWhenThePolicySaysSo() {
        problems(() -> service.send(key("tanaka"), new ThanksInput(List.of("suzuki"), null, "ok", null, null, null, null)),
                Rejection.Reason.INVALID);

        service.updatePolicy(false, 20, 10);

        assertEquals("", service.send(key("tanaka"),
                new ThanksInput(List.of("suzuki"), null, "ok", null, null, null, null)).valueKey());
    }

    @Test
    public void theDailyLimitStopsTheNextThanks() {
        service.updatePolicy(true, 2, 10);
        service.send(key("tanaka"), to("suzuki", "1"));
        service.send(key("tanaka"), to("suzuki", "2"));

        List<Problem> problems = problems(() -> service.send(key("tanaka"), to("suzuki", "3")),
                Rejection.Reason.TOO_MANY_REQUESTS);
        assertEquals(List.of("2"), problems.get(0).arguments());

        now = now.plus(Duration.ofHours(25));
        service.send(key("tanaka"), to("suzuki", "4"));
    }

    @Test
    public void anIssueTheSenderCannotSeeIsNotFound() {
        problems(() -> service.send(key("tanaka"), new ThanksInput(List.of("suzuki"), null, "x", "collaboration",
                "jira-issue", "10004", null)), Rejection.Reason.NOT_FOUND);
        problems(() -> service.send(key("tanaka"), new ThanksInput(List.of("suzuki"), null, "x", "collaboration",
                "confluence-page", "10001", null)), Rejection.Reason.NOT_FOUND);
        problems(() -> service.send(key("tanaka"), new ThanksInput(List.of("suzuki"), null, "x", "collaboration",
                "jira-issue", "DEMO-1", null)), Rejection.Reason.INVALID);
    }

    @Test
    public void readersSeeNothingFromIssuesTheyCannotSee() {
        service.send(key("kato"), new ThanksInput(List.of("suzuki"), null, "極秘の件", "collaboration", "jira-issue",
                "10004", null));
        service.send(key("tanaka"), to("suzuki", "公開の件"));

        assertEquals(List.of("公開の件"), service.list(key("tanaka"), ThanksQuery.all()).items().stream()
                .map(Thanks::message).toList());
        assertEquals(2, service.list(key("kato"), ThanksQuery.all()).items().size());
        problems(() -> service.list(key("tanaka"), ThanksQuery.in(SECRET_ISSUE)), Rejection.Reason.NOT_FOUND);
        assertEquals(1, service.list(key("kato"), ThanksQuery.in(SECRET_ISSUE)).items().size());
    }

    @Test
    public void pagingAcrossContextsSkipsHiddenOnesWithoutLosingAny() {
        service.updatePolicy(true, 100, 10);
        service.send(key("kato"), new ThanksInput(List.of("suzuki"), null, "古い公開", "collaboration", null, null, null));
        for (int i = 0; i < 30; i++) {
            service.send(key("kato"), new ThanksInput(List.of("suzuki"), null, "秘" + i, "collaboration",
                    "jira-issue", "10004", null));
        }
        for (int i = 0; i < 3; i++) {
            service.send(key("tanaka"), to("suzuki", "公" + i));
        }

        List<String> seen = new ArrayList<>();
        Long cursor = null;
        int pages = 0;
        do {
            ThanksPage page = service.list(key("tanaka"), new ThanksQuery(ThanksContext.NONE, null, null, null, null,
                    null, null, cursor, 2));
            assertTrue(page.items().size() <= 2);
            page.items().forEach(t -> seen.add(t.message()));
            cursor = page.next();
            pages++;
        } while (cursor != null && pages < 40);

        assertEquals(List.of("公2", "公1", "公0", "古い公開"), seen);
    }

    @Test
    public void theSenderMayWithdrawOnlyWithinTheWindow() {
        Thanks first = service.send(key("tanaka"), to("suzuki", "取り消す"));
        Thanks second = service.send(key("tanaka"), to("suzuki", "遅すぎる"));
        assertTrue(service.canWithdraw(first, key("tanaka")));
        assertFalse(service.canWithdraw(first, key("suzuki")));

        problems(() -> service.withdraw(first.id(), key("suzuki")), Rejection.Reason.FORBIDDEN);
        service.withdraw(first.id(), key("tanaka"));
        now = now.plus(Duration.ofMinutes(11));
        List<Problem> late = problems(() -> service.withdraw(second.id(), key("tanaka")), Rejection.Reason.INVALID);

        assertEquals(List.of("10"), late.get(0).arguments());
        assertEquals(List.of("遅すぎる"), service.list(key("suzuki"), ThanksQuery.all()).items().stream()
                .map(Thanks::message).toList());
        problems(() -> service.withdraw(first.id(), key("tanaka")), Rejection.Reason.NOT_FOUND);
    }

    @Test
    public void aHiddenThanksDisappearsForEveryoneButIsKept() {
        Thanks sent = service.send(key("tanaka"), to("suzuki", "不適切"));

        service.hide(sent.id(), key("admin"), "業務と関係のない内容のため");

        assertEquals(0, service.list(key("tanaka"), ThanksQuery.all()).items().size());
        problems(() -> service.hide(999_999, key("admin"), "理由"), Rejection.Reason.NOT_FOUND);
    }

    @Test
    public void hidingAsksForAReasonOfAtMost300Characters() {
        Thanks sent = service.send(key("tanaka"), to("suzuki", "不適切"));

        assertEquals("reason", problems(() -> service.hide(sent.id(), key("admin"), "  "),
                Rejection.Reason.INVALID).get(0).field());
        assertEquals("reason", problems(() -> service.hide(sent.id(), key("admin"), "あ".repeat(301)),
                Rejection.Reason.INVALID).get(0).field());
        assertEquals("still shown after refused hides", 1,
                service.list(key("suzuki"), ThanksQuery.all()).items().size());

        service.hide(sent.id(), key("admin"), "😀".repeat(300));
        assertEquals(0, service.list(key("suzuki"), ThanksQuery.all()).items().size());
    }

    /**
     * A hide that loses to a change made between its read and its write (another admin's hide, the sender's
     * withdrawal) changes nothing, mails nobody and says so with a conflict; the same for withdrawing and showing again.
     */
    @Test
    public void aHideOrWithdrawalThatLosesARaceMailsNobodyAndIsAConflict() {
        List<ThanksHidden> told = new ArrayList<>();
        Notifier notifier = new Notifier() {
            @Override
            public boolean personThanked(Thanked thanked) {
                return true;
            }

            @Override
            public void thanksHidden(ThanksHidden hidden) {
                told.add(hidden);
            }
        };
        // Between the service's read and its write, another node moves the thanks on.
        ThanksService racing = new ThanksService(new AoThanksStore(ao) {
            @Override
            public boolean hide(long id, String byKey, Instant at, String reason) {
                super.changeState(id, Thanks.State.ACTIVE, Thanks.State.WITHDRAWN, key("tanaka"), at);
                return super.hide(id, byKey, at, reason);
            }

            @Override
            public boolean changeState(long id, Thanks.State from, Thanks.State to, String byKey, Instant at) {
                super.hide(id, key("admin"), at, "先に非表示");
                return super.changeState(id, from, to, byKey, at);
            }
        }, new AoThanksPolicyStore(ao), people, departments, values, contexts, notifier, caches, clock);
        Thanks hidden = service.send(key("tanaka"), to("suzuki", "同時に非表示"));
        Thanks withdrawn = service.send(key("tanaka"), to("suzuki", "同時に取り消し"));

        List<Problem> hide = problems(() -> racing.hide(hidden.id(), key("admin"), "理由"), Rejection.Reason.CONFLICT);
        List<Problem> withdraw = problems(() -> racing.withdraw(withdrawn.id(), key("tanaka")),
                Rejection.Reason.CONFLICT);

        assertEquals("kakehashi.thanks.error.state.changed", hide.get(0).messageKey());
        assertEquals("kakehashi.thanks.error.state.changed", withdraw.get(0).messageKey());
        assertEquals("the loser mails nobody", List.of(), told);
        assertEquals(Thanks.State.WITHDRAWN, new AoThanksStore(ao).find(hidden.id()).orElseThrow().state());
    }

    @Test
    public void theSenderIsToldWhyAndAnAdminCanShowItAgainTellingTheSenderToo() {
        List<ThanksHidden> told = new ArrayList<>();
        List<ThanksHidden> toldShown = new ArrayList<>();
        ThanksService moderated = node(new Notifier() {
            @Override
            public boolean personThanked(Thanked thanked) {
                return true;
            }

            @Override
            public void thanksHidden(ThanksHidden hidden) {
                told.add(hidden);
            }

            @Override
            public void thanksShownAgain(ThanksHidden shown) {
                toldShown.add(shown);
            }
        });
        Thanks sent = moderated.send(key("tanaka"), new ThanksInput(List.of("suzuki"), null, "見積もりありがとう",
                "collaboration", "jira-issue", "10001", null));
        now = now.plus(Duration.ofMinutes(5));

        moderated.hide(sent.id(), key("admin"), "個人名が含まれているため");

        assertEquals(1, told.size());
        assertEquals(key("tanaka"), told.get(0).senderKey());
        assertEquals("個人名が含まれているため", told.get(0).reason());
        assertEquals("見積もりありがとう", told.get(0).message());
        assertEquals("DEMO-1 見積もりテンプレートの共有", told.get(0).contextTitle());
        ThanksService.HiddenPage hidden = moderated.hidden(key("admin"), null, 20);
        assertEquals(1, hidden.items().size());
        ThanksStore.Hidden entry = hidden.items().get(0).hidden();
        assertTrue(hidden.items().get(0).readable());
        assertEquals(key("admin"), entry.hiddenBy());
        assertEquals(now, entry.hiddenAt());
        assertEquals("個人名が含まれているため", entry.reason());
        problems(() -> moderated.hide(sent.id(), key("admin"), "二度目"), Rejection.Reason.NOT_FOUND);

        assertEquals("nobody is told of a thanks shown again before it is", 0, toldShown.size());

        moderated.unhide(sent.id(), key("admin"));

        assertEquals(List.of("見積もりありがとう"), moderated.list(key("suzuki"), ThanksQuery.all()).items().stream()
                .map(Thanks::message).toList());
        assertEquals(0, moderated.hidden(key("admin"), null, 20).items().size());
        assertEquals(1, toldShown.size());
        assertEquals(key("tanaka"), toldShown.get(0).senderKey());
        assertEquals("見積もりありがとう", toldShown.get(0).message());
        assertEquals("", toldShown.get(0).reason());
        assertEquals("DEMO-1 見積もりテンプレートの共有", toldShown.get(0).contextTitle());
        problems(() -> moderated.unhide(sent.id(), key("admin")), Rejection.Reason.NOT_FOUND);
        assertEquals("a refused unhide tells nobody", 1, toldShown.size());
    }

    @Test
    public void aHiddenPrivateThanksStaysWithItsPeople() {
        Thanks secret = service.send(key("tanaka"), new ThanksInput(List.of("suzuki"), null, "内緒の感謝",
                "collaboration", null, null, "private"));
        Thanks onSecretIssue = service.send(key("kato"), new ThanksInput(List.of("suzuki"), null, "秘密の課題で",
                "collaboration", "jira-issue", "10004", null));
        problems(() -> service.hide(secret.id(), key("admin"), "理由"), Rejection.Reason.NOT_FOUND);
        problems(() -> service.hide(onSecretIssue.id(), key("admin"), "理由"), Rejection.Reason.NOT_FOUND);
        // hidden by an admin who was one of its people (here: by the store, as another admin did)
        new AoThanksStore(ao).hide(secret.id(), key("suzuki"), now, "テスト");

        ThanksService.HiddenPage hidden = service.hidden(key("admin"), null, 20);

        assertEquals(1, hidden.items().size());
        assertFalse("the admin is not one of its people", hidden.items().get(0).readable());
        problems(() -> service.unhide(secret.id(), key("admin")), Rejection.Reason.NOT_FOUND);
        assertEquals("", service.contextTitle(key("tanaka"), SECRET_ISSUE));
        assertEquals("DEMO-4 秘密の課題", service.contextTitle(key("kato"), SECRET_ISSUE));
    }

    @Test
    public void departmentsSummaryCountsGivenAndReceivedAcrossDepartments() {
        service.send(key("tanaka"), to("suzuki", "1"));
        service.send(key("tanaka"), to("sato", "同じ部署"));
        service.send(key("suzuki"), new ThanksInput(List.of(), "sales", "営業に", "collaboration", null, null, null));

        Map<String, ThanksStore.DepartmentTally> byKey = new java.util.HashMap<>();
        service.departmentSummary(key("sato"), now.minusSeconds(60), now.plusSeconds(60))
                .forEach(t -> byKey.put(t.departmentKey(), t));

        assertEquals(new ThanksStore.DepartmentTally("sales", 1, 1), byKey.get("sales"));
        assertEquals(new ThanksStore.DepartmentTally("development", 1, 1), byKey.get("development"));
        assertFalse("inactive departments are left out", byKey.containsKey("old"));
    }

    @Test
    public void departmentCountsLeaveOutIssuesTheReaderCannotSee() {
        service.send(key("kato"), new ThanksInput(List.of("suzuki"), null, "極秘", "collaboration", "jira-issue",
                "10004", null));
        service.send(key("kato"), new ThanksInput(List.of("suzuki"), null, "公開", "collaboration", "jira-issue",
                "10001", null));

        Map<String, ThanksStore.DepartmentTally> forTanaka = new java.util.HashMap<>();
        service.departmentSummary(key("tanaka"), now.minusSeconds(60), now.plusSeconds(60))
                .forEach(t -> forTanaka.put(t.departmentKey(), t));
        Map<String, ThanksStore.DepartmentTally> forKato = new java.util.HashMap<>();
        service.departmentSummary(key("kato"), now.minusSeconds(60), now.plusSeconds(60))
                .forEach(t -> forKato.put(t.departmentKey(), t));

        assertEquals(new ThanksStore.DepartmentTally("accounting", 1, 0), forTanaka.get("accounting"));
        assertEquals(new ThanksStore.DepartmentTally("accounting", 2, 0), forKato.get("accounting"));
        assertEquals(new ThanksStore.DepartmentTally("development", 0, 2), forKato.get("development"));
    }

    @Test
    public void suggestionsAreThePeopleOfTheIssueWithoutTheReader() {
        assertEquals(List.of("鈴木 大輔"), service.suggestions(key("tanaka"), OPEN_ISSUE).stream()
                .map(Person::displayName).toList());
        problems(() -> service.suggestions(key("tanaka"), SECRET_ISSUE), Rejection.Reason.NOT_FOUND);
        assertEquals(List.of(), service.suggestions(key("tanaka"), ThanksContext.NONE));
    }

    /** What the service told the notifier, in order. */
    private final List<Thanked> notices = new ArrayList<>();
    /** How far the thanks emails have gone, kept in the database. */
    private AoMailWatermark watermark;

    @Test
    public void everyNamedRecipientIsNotifiedOnceTheWithdrawWindowHasPassedAndOnlyOnce() {
        List<Boolean> storedWhenTold = new ArrayList<>();
        ThanksService telling = node(thanked -> {
            notices.add(thanked);
            return storedWhenTold.add(service.list(thanked.recipientKey(), ThanksQuery.all()).items().stream()
                    .anyMatch(t -> t.message().equals(thanked.message())));
        });
        dev.kakehashi.testing.MemoryNotifications.Ledger ledger = new dev.kakehashi.testing.MemoryNotifications.Ledger();

        Thanks sent = telling.send(key("tanaka"), new ThanksInput(List.of("suzuki", "kato"), null, "助かりました",
                "collaboration", "jira-issue", "10001", "private"));
        assertEquals("nothing while the sender may still withdraw it", List.of(), notices);
        now = now.plus(Duration.ofMinutes(9));
        assertEquals(0, telling.mailDue(now, ledger, watermark));
        now = now.plus(Duration.ofMinutes(1));
        assertEquals("the window (10 minutes) has passed", 2, telling.mailDue(now, ledger, watermark));
        now = now.plus(Duration.ofMinutes(5));
        assertEquals("a second run sends nothing", 0, telling.mailDue(now, ledger, watermark));
        assertEquals("nor does another node", 0, node(notices::add).mailDue(now, ledger, watermark));

        assertEquals("each recipient could read the thanks when told of it", List.of(true, true), storedWhenTold);
        assertEquals(List.of(key("suzuki"), key("kato")), notices.stream().map(n -> n.recipientKey()).toList());
        Thanked first = notices.get(0);
        assertEquals(key("tanaka"), first.senderKey());
        assertEquals("collaboration", first.valueKey());
        assertEquals("助かりました", first.message());
        assertEquals("jira-issue", first.contextType());
        assertEquals("10001", first.contextId());
        assertEquals("the issue is named by its key and summary", "DEMO-1 見積もりテンプレートの共有",
                first.contextTitle());
        assertEquals(sent.id(), service.list(key("suzuki"), ThanksQuery.all()).items().get(0).id());
    }

    @Test
    public void aThanksWithdrawnOrHiddenWithinTheWindowMailsNobody() {
        dev.kakehashi.testing.MemoryNotifications.Ledger ledger = new dev.kakehashi.testing.MemoryNotifications.Ledger();
        Thanks withdrawn = service.send(key("tanaka"), to("suzuki", "取り消すサンクス"));
        Thanks hidden = service.send(key("tanaka"), to("suzuki", "隠されるサンクス"));
        Thanks kept = service.send(key("tanaka"), to("suzuki", "届くサンクス"));
        now = now.plus(Duration.ofMinutes(3));
        service.withdraw(withdrawn.id(), key("tanaka"));
        service.hide(hidden.id(), key("admin"), "業務と関係のない内容のため");
        now = now.plus(Duration.ofMinutes(30));

        assertEquals(1, service.mailDue(now, ledger, watermark));

        assertEquals(List.of("届くサンクス"), notices.stream().map(Thanked::message).toList());
        assertTrue(kept.id() > 0);
    }

    @Test
    public void aThanksOlderThanTheLookBackIsNotMailedAnyMore() {
        dev.kakehashi.testing.MemoryNotifications.Ledger ledger = new dev.kakehashi.testing.MemoryNotifications.Ledger();
        service.send(key("tanaka"), to("suzuki", "ずっと前のサンクス"));
        now = now.plus(Duration.ofMinutes(10)).plus(ThanksService.MAIL_LOOKBACK).plusSeconds(1);

        assertEquals(0, service.mailDue(now, ledger, watermark));
        assertEquals(List.of(), notices);
    }

    @Test
    public void aRunThatFailsAfterItsEmailsBeforeTheWatermarkMovesLeavesTheNextRunToMailOnlyWhatIsNew() {
        dev.kakehashi.testing.MemoryNotifications.Ledger ledger = new dev.kakehashi.testing.MemoryNotifications.Ledger();
        service.send(key("tanaka"), new ThanksInput(List.of("suzuki", "kato"), null, "一通目", "collaboration", null,
                null, null));
        now = now.plus(Duration.ofMinutes(10));
        MailWatermark failing = new MailWatermark() {
            @Override
            public Optional<Position> get() {
                return watermark.get();
            }

            @Override
            public void advance(Position to) {
                throw new IllegalStateException("the database went away");
            }
        };
        assertEquals("the run fails", IllegalStateException.class,
                org.junit.Assert.assertThrows(IllegalStateException.class,
                        () -> service.mailDue(now, ledger, failing)).getClass());
        assertEquals(List.of(key("suzuki"), key("kato")), notices.stream().map(Thanked::recipientKey).toList());
        assertEquals(Optional.empty(), watermark.get());

        service.send(key("sato"), to("suzuki", "二通目"));
        now = now.plus(Duration.ofMinutes(10));
        assertEquals("only the new thanks", 1, service.mailDue(now, ledger, watermark));
        assertEquals(List.of("一通目", "一通目", "二通目"), notices.stream().map(Thanked::message).toList());
    }

    @Test
    public void anEmailTheMailQueueRefusesIsTriedAgainByTheNextRunAndTheOthersAreNotSentTwice() {
        dev.kakehashi.testing.MemoryNotifications mail = new dev.kakehashi.testing.MemoryNotifications();
        List<String> queued = new ArrayList<>();
        boolean[] down = {true};
        // the host's mail queue: it refuses kato's email once, then takes it
        Outbox refusingOnce = dev.kakehashi.testing.MemoryNotifications.outbox(email -> {
            if (down[0] && email.to().equals("kato@example.com")) {
                down[0] = false;
                throw new IllegalStateException("the mail queue refused it");
            }
            queued.add(email.to());
        });
        ThanksService flaky = node(new EmailNotifier(mail.delivery(everyoneHasAnAddress(), KEYS_AS_TEXTS,
                refusingOnce), people, values, KEYS_AS_TEXTS, clock));
        Thanks first = flaky.send(key("tanaka"), new ThanksInput(List.of("suzuki", "kato", "sato"), null, "三人へ",
                "collaboration", null, null, null));
        now = now.plus(Duration.ofMinutes(1));
        Thanks second = flaky.send(key("tanaka"), to("suzuki", "もう一度"));
        now = now.plus(Duration.ofMinutes(12));

        assertEquals(3, flaky.mailDue(now, mail.ledger, watermark));
        assertEquals("the later thanks is mailed all the same",
                List.of("suzuki@example.com", "sato@example.com", "suzuki@example.com"), queued);
        assertFalse(mail.ledger.recorded(dev.kakehashi.notify.MailDelivery.ledgerKey("thanks",
                Long.toString(first.id()), key("kato"))));
        assertEquals("the watermark stays before the refused email", Optional.empty(), watermark.get());

        now = now.plus(Duration.ofMinutes(5));
        assertEquals(1, flaky.mailDue(now, mail.ledger, watermark));
        assertEquals(List.of("suzuki@example.com", "sato@example.com", "suzuki@example.com", "kato@example.com"),
                queued);
        assertEquals(Optional.of(new MailWatermark.Position(second.createdAt(), second.id())), watermark.get());
        now = now.plus(Duration.ofMinutes(5));
        assertEquals(0, flaky.mailDue(now, mail.ledger, watermark));
        assertEquals(4, queued.size());
    }

    @Test
    public void anEmailThatFailsOnTheWayIsTriedAgainByTheNextRunWithoutStoppingTheOthers() {
        dev.kakehashi.testing.MemoryNotifications.Ledger ledger = new dev.kakehashi.testing.MemoryNotifications.Ledger();
        boolean[] down = {true};
        ThanksService flaky = node(thanked -> {
            if (down[0] && thanked.recipientKey().equals(key("kato"))) {
                throw new IllegalStateException("the directory did not answer");
            }
            return notices.add(thanked);
        });
        flaky.send(key("tanaka"), new ThanksInput(List.of("suzuki", "kato", "sato"), null, "三人へ", "collaboration",
                null, null, null));
        now = now.plus(Duration.ofMinutes(11));
        assertEquals(2, flaky.mailDue(now, ledger, watermark));
        assertEquals(List.of(key("suzuki"), key("sato")), notices.stream().map(Thanked::recipientKey).toList());

        down[0] = false;
        now = now.plus(Duration.ofMinutes(5));
        assertEquals(1, flaky.mailDue(now, ledger, watermark));
        assertEquals(List.of(key("suzuki"), key("sato"), key("kato")),
                notices.stream().map(Thanked::recipientKey).toList());
        now = now.plus(Duration.ofMinutes(5));
        assertEquals(0, flaky.mailDue(now, ledger, watermark));
    }

    /** The host's directory: everyone has an address of their own and reads Japanese. */
    private static Recipients everyoneHasAnAddress() {
        return userKey -> Optional.of(new Recipient(userKey, userKey, userKey, userKey.replaceFirst("^KEY-", "")
                + "@example.com", java.util.Locale.JAPANESE));
    }

    /** Mail texts that are their keys. */
    private static final MailTexts KEYS_AS_TEXTS = new MailTexts() {
        @Override
        public String text(java.util.Locale locale, String key, java.io.Serializable... arguments) {
            return key;
        }

        @Override
        public String baseUrl() {
            return "http://localhost";
        }
    };

    @Test
    public void aRunWithNothingNewReadsNoThanksBeforeTheWatermark() {
        dev.kakehashi.testing.MemoryNotifications.Ledger ledger = new dev.kakehashi.testing.MemoryNotifications.Ledger();
        Thanks sent = service.send(key("tanaka"), to("suzuki", "一度だけ"));
        now = now.plus(Duration.ofMinutes(10));
        assertEquals(1, service.mailDue(now, ledger, watermark));
        assertEquals(Optional.of(new MailWatermark.Position(sent.createdAt(), sent.id())), watermark.get());

        // were the thanks before the watermark read again, the ledger alone would stop them: take it away
        ledger.entries.clear();
        now = now.plus(Duration.ofMinutes(5));
        assertEquals(0, service.mailDue(now, ledger, watermark));
        assertEquals(1, notices.size());
    }

    @Test
    public void aThanksWhoseWindowEndsLaterIsMailedByALaterRun() {
        dev.kakehashi.testing.MemoryNotifications.Ledger ledger = new dev.kakehashi.testing.MemoryNotifications.Ledger();
        service.send(key("tanaka"), to("suzuki", "先"));
        now = now.plus(Duration.ofMinutes(8));
        service.send(key("tanaka"), to("suzuki", "後"));
        now = now.plus(Duration.ofMinutes(2));
        assertEquals(1, service.mailDue(now, ledger, watermark));
        now = now.plus(Duration.ofMinutes(5));
        assertEquals("its window has 3 minutes left", 0, service.mailDue(now, ledger, watermark));
        now = now.plus(Duration.ofMinutes(5));
        assertEquals(1, service.mailDue(now, ledger, watermark));
        assertEquals(List.of("先", "後"), notices.stream().map(Thanked::message).toList());
    }

    @Test
    public void withNoWindowAThanksSavedLateWithAnEarlierTimeIsStillMailed() {
        dev.kakehashi.testing.MemoryNotifications.Ledger ledger = new dev.kakehashi.testing.MemoryNotifications.Ledger();
        service.updatePolicy(null, null, 0);
        Instant run = now;
        service.send(key("tanaka"), to("suzuki", "すぐ届く"));
        assertEquals(1, service.mailDue(run, ledger, watermark));
        assertEquals("a save of the same moment may still be under way", Optional.empty(), watermark.get());

        // another node's save, stamped 30 seconds before the run by its clock, committed after the run read
        now = run.minusSeconds(30);
        service.send(key("sato"), to("suzuki", "遅れて保存"));
        now = run.plus(Duration.ofMinutes(5));
        assertEquals(1, service.mailDue(now, ledger, watermark));
        assertEquals(List.of("すぐ届く", "遅れて保存"), notices.stream().map(Thanked::message).toList());
    }

    @Test
    public void aThanksToAWholeDepartmentNotifiesNobody() {
        service.send(key("suzuki"), new ThanksInput(List.of(), "sales", "営業のみなさんへ", "collaboration", null, null,
                null));

        assertEquals(List.of(), notices);
    }

    @Test
    public void aRejectedThanksNotifiesNobody() {
        problems(() -> service.send(key("tanaka"), to("tanaka", "自分に")), Rejection.Reason.INVALID);

        assertEquals(List.of(), notices);
    }

    @Test
    public void aMailFailureDoesNotFailTheThanks() {
        Recipients recipients = userKey -> Optional.of(new Recipient(
                userKey, "suzuki", "鈴木 大輔", "suzuki@example.com", java.util.Locale.JAPANESE));
        MailTexts texts = KEYS_AS_TEXTS;
        dev.kakehashi.testing.MemoryNotifications allOn = new dev.kakehashi.testing.MemoryNotifications();
        Outbox broken = new Outbox() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public void send(Mail mail) {
                throw new IllegalStateException("mail server down");
            }
        };
        AoThanksPolicyStore policyStore = new AoThanksPolicyStore(ao);
        ThanksService mailing = new ThanksService(new AoThanksStore(ao), policyStore, people,
                new DepartmentService(new AoDepartmentStore(ao), people.groups(g -> true), people, new MemoryCaches()),
                new CompanyValueService(new AoCompanyValueStore(ao), new MemoryCaches()), contexts,
                new EmailNotifier(allOn.delivery(recipients, texts, broken), people,
                        new CompanyValueService(new AoCompanyValueStore(ao), new MemoryCaches()), texts,
                        Clock.systemUTC()),
                new MemoryCaches(), Clock.systemUTC());

        Thanks sent = mailing.send(key("tanaka"), to("suzuki", "ありがとう"));

        assertTrue(sent.id() > 0);
        assertEquals(1, mailing.list(key("suzuki"), ThanksQuery.all()).items().size());
    }

    @Test
    public void aPersonWhoMayNotSeeTheIssueIsNotThankedOnItAndNothingIsStoredOrSent() {
        List<Problem> problems = problems(() -> service.send(key("kato"), new ThanksInput(List.of("suzuki", "tanaka",
                "sato"), null, "予算の件", "collaboration", "jira-issue", "10004", null)), Rejection.Reason.INVALID);

        assertEquals(1, problems.size());
        assertEquals("recipients", problems.get(0).field());
        assertEquals("kakehashi.thanks.error.recipient.cannot.see", problems.get(0).messageKey());
        assertEquals(List.of("田中 美咲, 佐藤 健太"), problems.get(0).arguments());
        assertEquals(List.of(), service.list(key("kato"), ThanksQuery.all()).items());
        assertEquals(List.of(), notices);
        assertEquals("nothing counted against the limit either", 0,
                new AoThanksStore(ao).countSentSince(key("kato"), now.minusSeconds(60)));
    }

    @Test
    public void aDepartmentIsThankedOnAnIssueOnlyWhenOneOfItsPeopleMaySeeIt() {
        List<Problem> problems = problems(() -> service.send(key("kato"), new ThanksInput(List.of(), "sales",
                "営業のみなさんへ", "collaboration", "jira-issue", "10004", null)), Rejection.Reason.INVALID);

        assertEquals("department", problems.get(0).field());
        assertEquals("kakehashi.thanks.error.department.cannot.see", problems.get(0).messageKey());
        assertEquals(List.of("Sales", "営業"), problems.get(0).arguments());
        Thanks sent = service.send(key("kato"), new ThanksInput(List.of(), "development", "開発のみなさんへ",
                "collaboration", "jira-issue", "10004", null));
        assertEquals("development", sent.departmentKey());
        assertEquals(List.of(), notices);
    }

    @Test
    public void theMailIsNotSentWhenTheRecipientMayNoLongerSeeTheIssueAsItIsMade() {
        int[] asked = {0};
        ContextAccess revokedAfterTheCheck = new ContextAccess() {
            @Override
            public boolean supports(ThanksContext.Type type) {
                return true;
            }

            @Override
            public boolean canView(String userKey, ThanksContext context) {
                // the sender always; suzuki only the first time he is asked
                return userKey.equals(key("tanaka")) || asked[0]++ == 0;
            }

            @Override
            public List<String> suggestedPeople(ThanksContext context) {
                return List.of();
            }
        };
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), people.groups(g -> true),
                people, new MemoryCaches());
        ThanksService racing = new ThanksService(new AoThanksStore(ao), policies, people, departments,
                new CompanyValueService(new AoCompanyValueStore(ao), new MemoryCaches()),
                revokedAfterTheCheck, notices::add, new MemoryCaches(), Clock.systemUTC());

        racing.send(key("tanaka"), new ThanksInput(List.of("suzuki"), null, "ありがとう", "collaboration", "jira-issue",
                "10001", null));
        racing.mailDue(Instant.now().plus(Duration.ofDays(1)), new dev.kakehashi.testing.MemoryNotifications.Ledger(),
                new AoMailWatermark(ao));

        assertEquals(2, asked[0]);
        assertEquals(List.of(), notices);
    }

    @Test
    public void thePairCountHoldsOnlyWhatItsReaderMaySee() {
        ThanksService service = node(notices::add);
        service.updatePolicy(true, 100, 10);
        assertEquals("counted (and cached) before", 0, service.countBetweenInYear(key("tanaka"), "accounting",
                "development"));
        service.send(key("kato"), new ThanksInput(List.of("suzuki"), null, "極秘", "collaboration", "jira-issue",
                "10004", null));
        service.send(key("kato"), new ThanksInput(List.of("suzuki"), null, "公開", "collaboration", "jira-issue",
                "10001", null));
        service.send(key("kato"), new ThanksInput(List.of("suzuki"), null, "内緒", "collaboration", null, null,
                "private"));

        assertEquals("the open issue only", 1, service.countBetweenInYear(key("tanaka"), "accounting", "development"));
        assertEquals(3, service.countBetweenInYear(key("suzuki"), "accounting", "development"));
        assertEquals(3, service.countBetweenInYear(key("kato"), "accounting", "development"));
        assertEquals(0, service.countBetweenInYear(key("tanaka"), "development", "accounting"));

        Thanks another = service.send(key("kato"), new ThanksInput(List.of("suzuki"), null, "もう一つ", "collaboration",
                null, null, null));
        assertEquals("a new thanks drops the cached pair", 2,
                service.countBetweenInYear(key("tanaka"), "accounting", "development"));
        service.withdraw(another.id(), key("kato"));
        assertEquals("so does a withdrawn one", 1, service.countBetweenInYear(key("tanaka"), "accounting", "development"));
    }

    @Test
    public void onlyAPublicThanksTellsThatADepartmentWasThankedOnAnIssue() {
        service.send(key("kato"), new ThanksInput(List.of("suzuki"), null, "内緒", "collaboration", "jira-issue",
                "10001", "private"));

        assertFalse(service.departmentThankedIn(OPEN_ISSUE, "development"));
        service.send(key("kato"), new ThanksInput(List.of("suzuki"), null, "公開", "collaboration", "jira-issue",
                "10001", null));
        assertTrue(service.departmentThankedIn(OPEN_ISSUE, "development"));
    }

    @Test
    public void whetherADepartmentWasThankedOnAnIssueIsReadOnceAndFollowsSendsWithdrawalsAndHidingOnEveryNode() {
        ThanksService other = node(Notifier.NONE);
        String entry = "thanks.departmentThanked\u0000jira-issue:10001|development";
        assertFalse(other.departmentThankedIn(OPEN_ISSUE, "development"));
        assertFalse(other.departmentThankedIn(OPEN_ISSUE, "development"));
        assertEquals("read once, then from the cache", 1, caches.loads(entry));

        Thanks first = service.send(key("kato"), new ThanksInput(List.of("suzuki"), null, "公開", "collaboration",
                "jira-issue", "10001", null));
        assertTrue("after a send", other.departmentThankedIn(OPEN_ISSUE, "development"));
        service.withdraw(first.id(), key("kato"));
        assertFalse("after a withdrawal", other.departmentThankedIn(OPEN_ISSUE, "development"));
        Thanks second = service.send(key("kato"), new ThanksInput(List.of(), "development", "部署へ", "collaboration",
                "jira-issue", "10001", null));
        assertTrue("after a thanks to the department", other.departmentThankedIn(OPEN_ISSUE, "development"));
        service.hide(second.id(), key("admin"), "重複");
        assertFalse("after hiding", other.departmentThankedIn(OPEN_ISSUE, "development"));
        assertEquals(5, caches.loads(entry));
    }

    @Test
    public void aNewPolicyIsSeenOnEveryNode() {
        ThanksService other = node(Notifier.NONE);
        assertTrue(other.policy().valueRequired());

        ThanksPolicy saved = service.updatePolicy(false, 3, 5);

        assertEquals(saved, other.policy());
    }

    @Test
    public void theCountBetweenTwoDepartmentsFollowsEverySendWithdrawalAndHidingOnEveryNode() {
        ThanksService other = node(Notifier.NONE);
        assertEquals(0, other.countBetweenInYear(key("tanaka"), "sales", "development"));

        Thanks first = service.send(key("tanaka"), to("suzuki", "一件目"));
        assertEquals("after a send", 1, other.countBetweenInYear(key("tanaka"), "sales", "development"));
        service.withdraw(first.id(), key("tanaka"));
        assertEquals("after a withdrawal", 0, other.countBetweenInYear(key("tanaka"), "sales", "development"));
        Thanks second = service.send(key("tanaka"), new ThanksInput(List.of(), "development", "二件目", "collaboration",
                null, null, null));
        assertEquals("after a thanks to the department", 1, other.countBetweenInYear(key("tanaka"), "sales", "development"));
        service.hide(second.id(), key("admin"), "重複");
        assertEquals("after hiding", 0, other.countBetweenInYear(key("tanaka"), "sales", "development"));
    }
}
