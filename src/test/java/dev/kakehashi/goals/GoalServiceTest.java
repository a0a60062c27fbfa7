package dev.kakehashi.goals;

import static dev.kakehashi.testing.FakePeople.key;
import static dev.kakehashi.testing.Rejections.problems;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.admin.DepartmentInput;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.goals.ao.AoGoal;
import dev.kakehashi.goals.ao.AoGoalStore;
import dev.kakehashi.goals.ao.AoGoalItem;
import dev.kakehashi.goals.ao.AoGoalUpdate;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class GoalServiceTest {
    private final FakePeople people = new FakePeople()
            .with("tanaka", "田中", "sales")
            .with("sato", "佐藤", "sales")
            .with("yamamoto", "山本", "support")
            .with("suzuki", "鈴木", "development")
            .with("kato", "加藤", "accounting")
            .with("admin", "管理者")
            .admin("admin");
    private EntityManagerActiveObjects ao;
    private GoalService service;
    private Instant now = Instant.parse("2026-11-23T01:00:00Z");

    /** DEMO: everyone views, everyone but kato adds content, admin administers. DEV: development and admin only. */
    private final GoalSpaces spaces = new GoalSpaces() {
        @Override
        public Optional<String> name(String spaceKey) {
            return Map.of("DEMO", "デモ", "DEV", "開発").entrySet().stream().filter(e -> e.getKey().equals(spaceKey))
                    .map(Map.Entry::getValue).findFirst();
        }

        @Override
        public boolean canView(String spaceKey, String userKey) {
            return spaceKey.equals("DEMO") || (spaceKey.equals("DEV")
                    && Set.of(key("suzuki"), key("admin")).contains(userKey));
        }

        @Override
        public Set<String> viewable(String userKey) {
            return Set.of("DEMO", "DEV").stream().filter(k -> canView(k, userKey))
                    .collect(java.util.stream.Collectors.toSet());
        }

        @Override
        public Optional<String> spaceOfPage(long pageId, String userKey) {
            return pageId == 65538 ? Optional.of("DEMO") : pageId == 77777 && canView("DEV", userKey)
                    ? Optional.of("DEV") : Optional.empty();
        }

        @Override
        public boolean canEdit(String spaceKey, String userKey) {
            return canView(spaceKey, userKey) && !userKey.equals(key("kato"));
        }

        @Override
        public boolean canEditPage(long pageId, String userKey) {
            return pageId == 65538 && !userKey.equals(key("kato"));
        }

        @Override
        public boolean canAdminister(String spaceKey, String userKey) {
            return userKey.equals(key("admin"));
        }
    };

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoGoal.class, AoGoalUpdate.class, AoGoalItem.class, AoDepartment.class, AoDepartmentGroup.class);
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), people.groups(g -> true), people,
                new MemoryCaches());
        departments.create(new DepartmentInput("sales", "Sales", "営業", List.of("sales"), null));
        departments.create(new DepartmentInput("support", "Support", "サポート", List.of("support"), null));
        departments.create(new DepartmentInput("development", "Development", "開発", List.of("development"), null));
        departments.create(new DepartmentInput("old", "Old", "旧", List.of(), false));
        Clock clock = new Clock() {
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
        };
        service = new GoalService(new AoGoalStore(ao), spaces, people, departments, clock);
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    /** A goal of sales and support; in DEV (which only suzuki and admin view) its contacts are those two. */
    private static GoalInput input(String space, String title) {
        boolean dev = "DEV".equals(space);
        return new GoalInput(space, null, title, "営業とサポートで問い合わせを減らす", null,
                List.of(new GoalInput.ParticipantInput("sales", dev ? "suzuki" : "sato", "導入時の説明資料を見直す"),
                        new GoalInput.ParticipantInput("support", dev ? "admin" : "yamamoto", "よくある質問を毎週共有する")),
                "number", 120.0, 60.0, null, "件/月", null, "2026-10-01", "2027-03-31", null, "weekly",
                List.of("Q4", "cx"));
    }

    @Test
    public void aGoalSharedByTwoDepartmentsStartsOnTrackWithItsFirstHistoryEntry() {
        GoalView view = service.create(key("tanaka"), input("DEMO", "問い合わせ件数を半分に"));

        Goal g = view.goal();
        assertEquals("DEMO", g.spaceKey());
        assertEquals(key("tanaka"), g.ownerKey());
        assertEquals(List.of("sales", "support"), g.participants().stream().map(Participant::departmentKey).toList());
        assertEquals(key("yamamoto"), g.participants().get(1).contactKey());
        assertEquals(120, g.measure().current(), 0);
        assertEquals(0, view.progress(), 0);
        assertEquals(List.of("q4", "cx"), g.labels());
        assertEquals(GoalStatus.ON_TRACK, g.status());
        assertEquals(1, view.history().size());
        assertTrue(view.canEdit());
        assertEquals("デモ", view.spaceName());
    }

    @Test
    public void everyProblemOfAGoalIsReportedAtOnce() {
        GoalInput bad = new GoalInput("DEMO", null, " ", "x".repeat(2001), "nobody",
                List.of(new GoalInput.ParticipantInput("sales", "", ""), new GoalInput.ParticipantInput("old", "", "")),
                "number", 10.0, 10.0, null, "u".repeat(21), null, "2027-01-01", "2026-01-01", "great", "daily",
                List.of("a b"));

        List<Problem> problems = problems(() -> service.create(key("tanaka"), bad), Rejection.Reason.INVALID);

        Map<String, String> byField = new HashMap<>();
        problems.forEach(p -> byField.putIfAbsent(p.field(), p.messageKey()));
        assertEquals("kakehashi.error.required", byField.get("title"));
        assertEquals("kakehashi.error.too.long", byField.get("description"));
        assertEquals("kakehashi.goals.error.person", byField.get("owner"));
        assertEquals("kakehashi.goals.error.department", byField.get("participants"));
        assertEquals("kakehashi.goals.error.target.same", byField.get("targetValue"));
        assertEquals("kakehashi.error.too.long", byField.get("unit"));
        assertEquals("kakehashi.goals.error.due.before.start", byField.get("dueDate"));
        assertEquals("kakehashi.goals.error.status", byField.get("status"));
        assertEquals("kakehashi.goals.error.cadence", byField.get("cadence"));
        assertEquals("kakehashi.goals.error.label", byField.get("labels"));
        assertEquals(0, ao.count(AoGoal.class));
    }

    @Test
    public void aGoalCreatedOnAPageIsFoundFromThatPage() {
        GoalInput onPage = new GoalInput("DEMO", 65538L, "ページで作る目標", "", null, input("DEMO", "x").participants(),
                "number", 0.0, 10.0, null, "", null, null, "2027-01-01", null, null, null);
        long id = service.create(key("tanaka"), onPage).goal().id();

        assertEquals(id, service.createdOn(key("sato"), 65538).orElseThrow().goal().id());
        assertTrue(service.createdOn(key("sato"), 65539).isEmpty());
        GoalInput elsewhere = new GoalInput("DEMO", 77777L, "別スペースのページ", "", null,
                input("DEMO", "x").participants(), "number", 0.0, 10.0, null, "", null, null, "2027-01-01", null,
                null, null);
        assertEquals("homePageId", problems(() -> service.create(key("suzuki"), elsewhere), Rejection.Reason.INVALID)
                .get(0).field());
        assertTrue(service.canCreateIn(key("tanaka"), "DEMO"));
        assertFalse(service.canCreateIn(key("kato"), "DEMO"));
        assertFalse(service.canCreateIn(key("tanaka"), "DEV"));
    }

    @Test
    public void aGoalNeedsTwoDepartmentsAndSomeoneWhoMayAddContentToTheSpace() {
        GoalInput alone = new GoalInput("DEMO", null, "一部署だけ", "", null,
                List.of(new GoalInput.ParticipantInput("sales", "", "")), "number", 0.0, 10.0, null, "", null, null,
                "2027-01-01", null, null, null);
        assertEquals("kakehashi.goals.error.participants.min",
                problems(() -> service.create(key("tanaka"), alone), Rejection.Reason.INVALID).get(0).messageKey());
        problems(() -> service.create(key("kato"), input("DEMO", "x")), Rejection.Reason.FORBIDDEN);
        problems(() -> service.create(key("tanaka"), input("DEV", "x")), Rejection.Reason.NOT_FOUND);
        problems(() -> service.create(key("tanaka"), input("NOPE", "x")), Rejection.Reason.NOT_FOUND);
        problems(() -> service.create(null, input("DEMO", "x")), Rejection.Reason.UNAUTHENTICATED);
    }

    @Test
    public void aGoalInASpaceTheReaderCannotSeeDoesNotExistForThem() {
        long id = service.create(key("suzuki"), input("DEV", "開発の秘密の目標")).goal().id();

        for (Runnable call : List.<Runnable>of(
                () -> service.get(key("tanaka"), id),
                () -> service.history(key("tanaka"), id),
                () -> service.postUpdate(key("tanaka"), id, new UpdateInput(1.0, null, null, "", 0)),
                () -> service.update(key("tanaka"), id, input("DEV", "x"), 0),
                () -> service.get(key("tanaka"), id + 100))) {
            assertEquals("kakehashi.goals.error.not.found", problems(call, Rejection.Reason.NOT_FOUND).get(0).messageKey());
        }
        assertEquals(0, service.list(key("tanaka"), service.query(null, null, null, null, null, null, null)).total());
        assertEquals(0, service.list(key("tanaka"), service.query("DEV", null, null, null, null, null, null)).total());
        assertEquals(1, service.list(key("suzuki"), service.query(null, null, null, null, null, null, null)).total());
    }

    @Test
    public void theOwnerTheContactsAndSpaceAdminsUpdateOthersOnlyRead() {
        long id = service.create(key("tanaka"), input("DEMO", "問い合わせ件数を半分に")).goal().id();

        GoalView afterContact = service.postUpdate(key("yamamoto"), id, new UpdateInput(90.0, null, "at-risk",
                "FAQ を 5 件公開", 0));
        assertEquals(0.5, afterContact.progress(), 1e-9);
        assertEquals(GoalStatus.AT_RISK, afterContact.goal().status());
        assertEquals("FAQ を 5 件公開", afterContact.latest().comment());
        problems(() -> service.postUpdate(key("suzuki"), id, new UpdateInput(80.0, null, null, "", 1)),
                Rejection.Reason.FORBIDDEN);
        assertFalse(service.get(key("suzuki"), id).canEdit());
        GoalView byAdmin = service.postUpdate(key("admin"), id, new UpdateInput(75.0, null, "on-track", "", 1));
        assertEquals(3, byAdmin.history().size());
        problems(() -> service.postUpdate(key("tanaka"), id, new UpdateInput(70.0, null, null, "", 1)),
                Rejection.Reason.CONFLICT);
        assertEquals(List.of("kakehashi.error.required"), problems(() -> service.postUpdate(key("tanaka"), id,
                new UpdateInput(null, null, null, "", 2)), Rejection.Reason.INVALID).stream()
                .map(Problem::messageKey).toList());
    }

    @Test
    public void aChecklistGoalMovesWithItsMilestones() {
        GoalInput checklist = new GoalInput("DEMO", null, "新製品の共同ローンチ", "", null,
                List.of(new GoalInput.ParticipantInput("sales", "tanaka", ""),
                        new GoalInput.ParticipantInput("development", "suzuki", "")),
                "checklist", null, null, null, null, List.of("仕様確定", "営業資料", "", "ローンチ"), null, "2027-01-31",
                null, "monthly", null);
        long id = service.create(key("tanaka"), checklist).goal().id();

        GoalView v = service.postUpdate(key("suzuki"), id, new UpdateInput(null, List.of(0, 1), null, "資料完成", 0));

        assertEquals(3, v.goal().measure().milestones().size());
        assertEquals(2.0 / 3, v.progress(), 1e-9);
        assertEquals(2, v.latest().milestonesDone());
        problems(() -> service.postUpdate(key("suzuki"), id, new UpdateInput(null, List.of(5), null, "", 1)),
                Rejection.Reason.INVALID);
    }

    @Test
    public void aMissedReviewIsOverdueWhileTheGoalIsActive() {
        long id = service.create(key("tanaka"), input("DEMO", "週次で見る目標")).goal().id();
        now = Instant.parse("2026-11-30T01:00:00Z");
        assertFalse("one week after: due today", service.get(key("tanaka"), id).reviewOverdue());

        now = Instant.parse("2026-12-01T01:00:00Z");
        assertTrue(service.get(key("tanaka"), id).reviewOverdue());
        GoalView updated = service.postUpdate(key("tanaka"), id, new UpdateInput(100.0, null, null, "", 0));
        assertFalse(updated.reviewOverdue());
        assertEquals(java.time.LocalDate.of(2026, 12, 8), updated.nextReview());

        now = Instant.parse("2027-02-01T01:00:00Z");
        GoalView paused = service.postUpdate(key("tanaka"), id, new UpdateInput(100.0, null, "paused", "", 1));
        assertFalse("a paused goal is not reviewed", paused.reviewOverdue());
    }

    @Test
    public void detailsChangeWithoutLosingProgressOrHistory() {
        long id = service.create(key("tanaka"), input("DEMO", "元の題")).goal().id();
        service.postUpdate(key("tanaka"), id, new UpdateInput(100.0, null, null, "", 0));

        GoalView changed = service.update(key("tanaka"), id, input("DEMO", "新しい題"), 1);

        assertEquals("新しい題", changed.goal().title());
        assertEquals(100, changed.goal().measure().current(), 0);
        assertEquals(3, changed.history().size());
        assertEquals(GoalUpdate.Kind.EDITED, changed.latest().kind());
        problems(() -> service.update(key("tanaka"), id, input("DEMO", "x"), null), Rejection.Reason.INVALID);
    }

    @Test
    public void listsArePagedFilteredAndOrdered() {
        for (int i = 0; i < 12; i++) {
            service.create(key("tanaka"), input("DEMO", String.format("目標 %02d", i)));
        }
        service.create(key("suzuki"), input("DEV", "開発の目標"));

        GoalPage first = service.list(key("admin"), service.query(null, "sales", null, "q4", "title", 0, 5));
        GoalPage third = service.list(key("admin"), service.query(null, null, null, null, "title", 10, 5));

        assertEquals(13, first.total());
        assertEquals(List.of("目標 00", "目標 01", "目標 02", "目標 03", "目標 04"),
                first.items().stream().map(v -> v.goal().title()).toList());
        assertEquals(3, third.items().size());
        assertTrue("list items carry no history", third.items().get(0).history().isEmpty());
        problems(() -> service.query(null, null, "great", null, "best", 0, 51), Rejection.Reason.INVALID);
    }

    @Test
    public void someoneWhoCannotViewTheSpaceIsNotNamedOnItsGoal() {
        GoalInput devGoal = new GoalInput("DEV", null, "開発の目標", "", "tanaka",
                List.of(new GoalInput.ParticipantInput("development", "suzuki", ""),
                        new GoalInput.ParticipantInput("sales", "tanaka", "")),
                "number", 0.0, 10.0, null, "", null, null, "2027-01-01", null, null, null);

        List<Problem> problems = problems(() -> service.create(key("suzuki"), devGoal), Rejection.Reason.INVALID);

        Map<String, Problem> byField = new HashMap<>();
        problems.forEach(p -> byField.putIfAbsent(p.field(), p));
        assertEquals("kakehashi.goals.error.cannot.view.space", byField.get("participants").messageKey());
        assertEquals("the reason names the person", List.of("田中"), byField.get("participants").arguments());
        assertEquals("kakehashi.goals.error.cannot.view.space", byField.get("owner").messageKey());
        assertEquals(0, ao.count(AoGoal.class));

        GoalInput fine = new GoalInput("DEV", null, "開発の目標", "", null,
                List.of(new GoalInput.ParticipantInput("development", "suzuki", ""),
                        new GoalInput.ParticipantInput("sales", "", "")),
                "number", 0.0, 10.0, null, "", null, null, "2027-01-01", null, null, null);
        long id = service.create(key("suzuki"), fine).goal().id();
        assertEquals("kakehashi.goals.error.cannot.view.space", problems(() -> service.update(key("suzuki"), id,
                devGoal, 0), Rejection.Reason.INVALID).get(0).messageKey());
        assertEquals(0, service.get(key("suzuki"), id).goal().version());
    }

    @Test
    public void theOwnerOrASpaceAdministratorHandsTheGoalToAnotherOwnerAndTheHistorySaysSo() {
        long id = service.create(key("tanaka"), input("DEMO", "担当者が変わる目標")).goal().id();
        GoalInput toSato = withOwner(input("DEMO", "担当者が変わる目標"), "sato");

        assertEquals("a contact edits but does not take the goal over", "kakehashi.goals.error.owner.change",
                problems(() -> service.update(key("yamamoto"), id, toSato, 0), Rejection.Reason.INVALID).get(0)
                        .messageKey());
        GoalView handed = service.update(key("tanaka"), id, toSato, 0);
        assertEquals(key("sato"), handed.goal().ownerKey());
        assertEquals(GoalUpdate.Kind.OWNER, handed.latest().kind());
        assertEquals(key("sato"), handed.latest().ownerKey());
        assertEquals(key("tanaka"), handed.latest().authorKey());
        assertFalse("tanaka is no longer involved", service.get(key("tanaka"), id).canEdit());

        GoalView back = service.update(key("admin"), id, withOwner(input("DEMO", "担当者が変わる目標"), "suzuki"), 1);
        assertEquals(key("suzuki"), back.goal().ownerKey());
        GoalView edited = service.update(key("yamamoto"), id, input("DEMO", "題だけ変える"), 2);
        assertEquals("no owner named: the owner stays", key("suzuki"), edited.goal().ownerKey());
        assertEquals(GoalUpdate.Kind.EDITED, edited.latest().kind());
        assertEquals(null, edited.latest().ownerKey());
    }

    private static GoalInput withOwner(GoalInput i, String owner) {
        return new GoalInput(i.spaceKey(), i.homePageId(), i.title(), i.description(), owner, i.participants(),
                i.measure(), i.startValue(), i.targetValue(), i.currentValue(), i.unit(), i.milestones(),
                i.startDate(), i.dueDate(), i.status(), i.cadence(), i.labels());
    }

    @Test
    public void theWholeHistoryIsReadNewestFirstAPageAtATime() {
        long id = service.create(key("tanaka"), input("DEMO", "履歴の長い目標")).goal().id();
        for (int v = 0; v < 12; v++) {
            now = now.plusSeconds(3600);
            service.postUpdate(key("tanaka"), id, new UpdateInput(119.0 - v, null, null, "更新 " + v, v));
        }

        GoalStore.History first = service.historyPage(key("sato"), id, 0, 5);
        GoalStore.History last = service.historyPage(key("sato"), id, 10, 5);

        assertEquals(13, first.total());
        assertEquals(List.of("更新 11", "更新 10", "更新 9", "更新 8", "更新 7"),
                first.entries().stream().map(GoalUpdate::comment).toList());
        assertEquals(List.of("更新 1", "更新 0", ""), last.entries().stream().map(GoalUpdate::comment).toList());
        assertEquals(GoalUpdate.Kind.CREATED, last.entries().get(2).kind());
        assertEquals(108, first.entries().get(0).value(), 0);
        problems(() -> service.historyPage(key("sato"), id, 0, 51), Rejection.Reason.INVALID);
        problems(() -> service.historyPage(key("sato"), id, -1, 5), Rejection.Reason.INVALID);
        long secret = service.create(key("suzuki"), input("DEV", "開発の目標")).goal().id();
        problems(() -> service.historyPage(key("tanaka"), secret, 0, 5), Rejection.Reason.NOT_FOUND);
    }

    @Test
    public void upToTwentyDepartmentsShareAGoal() {
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), people.groups(g -> true),
                people, new MemoryCaches());
        List<GoalInput.ParticipantInput> many = new java.util.ArrayList<>();
        for (int i = 0; i < 21; i++) {
            departments.create(new DepartmentInput("d" + i, "D" + i, "部署" + i, List.of(), null));
            many.add(new GoalInput.ParticipantInput("d" + i, "", ""));
        }
        GoalInput base = input("DEMO", "全社の目標");
        GoalInput five = new GoalInput("DEMO", null, "五部署の目標", "", null, many.subList(0, 5), "number", 0.0, 10.0,
                null, "", null, null, "2027-01-01", null, null, null);
        assertEquals(5, service.create(key("tanaka"), five).goal().participants().size());
        GoalInput twenty = new GoalInput("DEMO", null, "二十部署の目標", "", null, many.subList(0, 20), "number", 0.0,
                10.0, null, "", null, null, "2027-01-01", null, null, null);
        assertEquals(20, service.create(key("tanaka"), twenty).goal().participants().size());
        GoalInput tooMany = new GoalInput("DEMO", null, base.title(), "", null, many, "number", 0.0, 10.0, null, "",
                null, null, "2027-01-01", null, null, null);
        Problem problem = problems(() -> service.create(key("tanaka"), tooMany), Rejection.Reason.INVALID).get(0);
        assertEquals("kakehashi.goals.error.participants.max", problem.messageKey());
        assertEquals(List.of("20"), problem.arguments());
    }
}
