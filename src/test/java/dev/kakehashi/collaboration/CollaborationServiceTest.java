package dev.kakehashi.collaboration;

import static dev.kakehashi.testing.FakePeople.key;
import static dev.kakehashi.testing.Rejections.problems;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import dev.kakehashi.collaboration.web.RequestPanel;
import dev.kakehashi.platform.LinkedApplication;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.host.BundleI18nResolver;
import dev.kakehashi.sandbox.host.RequestContext;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.velocity.VelocityTemplateRenderer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kakehashi.admin.CompanyValueInput;
import dev.kakehashi.admin.CompanyValueService;
import dev.kakehashi.admin.DepartmentInput;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoCompanyValue;
import dev.kakehashi.admin.ao.AoCompanyValueStore;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.collaboration.ao.AoChangePolicyStore;
import dev.kakehashi.collaboration.ao.AoCollaborationStore;
import dev.kakehashi.collaboration.ao.AoIssueTypeBinding;
import dev.kakehashi.collaboration.ao.AoIssueTypeBindingStore;
import dev.kakehashi.collaboration.ao.AoRequest;
import dev.kakehashi.collaboration.ao.AoRequestEvent;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.TestDatabase;
import dev.kakehashi.thanks.ContextAccess;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksInput;
import dev.kakehashi.thanks.ThanksService;
import dev.kakehashi.thanks.ao.AoThanks;
import dev.kakehashi.thanks.ao.AoThanksDepartment;
import dev.kakehashi.thanks.ao.AoThanksPerson;
import dev.kakehashi.thanks.ao.AoThanksSender;
import dev.kakehashi.thanks.ao.AoThanksPolicyStore;
import dev.kakehashi.thanks.ao.AoThanksStore;
import dev.kakehashi.platform.LinkOutcome;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class CollaborationServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final FakePeople people = new FakePeople()
            .with("tanaka", "田中 一郎", "sales")
            .with("sato", "佐藤 花子", "sales")
            .with("suzuki", "鈴木 次郎", "development")
            .with("takahashi", "高橋 三郎", "development")
            .with("kato", "加藤 四郎", "accounting")
            .with(LONG_KEYED, "長いキーの人", "development")
            .admin("admin");
    /** A user name whose key ("KEY-" and the name) is longer than the request's columns hold. */
    private static final String LONG_KEYED = "k".repeat(190);
    private final Issues issues = new Issues();
    /** The properties written on issues, in order, with who changed the request. */
    private final List<String> published = new ArrayList<>();
    private final RequestProperties properties = (request, actorKey) -> published.add(request.issueId() + " "
            + RequestProperty.of(request).fields() + " by " + actorKey);
    private EntityManagerActiveObjects ao;
    private CollaborationService service;
    private ThanksService thanks;
    private RequestTypeInstaller installer;
    /** What the service told, one line per notice: {@code kind issueKey recipients actor}. */
    private final List<String> told = new java.util.ArrayList<>();
    private final FakeLinkedGoals goals = new FakeLinkedGoals().with(7, "顧客満足度を上げる Raise customer satisfaction");
    private final RequestNotices recorded = (issue, request, kind, userKeys, actorKey, at) ->
            told.add(kind.key() + " " + issue.key() + " " + userKeys + " " + actorKey);
    private DepartmentService departments;

    /** Jira's issues for the test: everyone but kato browses, tanaka/suzuki/admin edit. */
    private static final class Issues implements RequestIssues {
        final Map<String, IssueRef> byKey = new HashMap<>();
        final Set<String> browsers = new HashSet<>(Set.of(key("tanaka"), key("sato"), key("suzuki"),
                key("takahashi"), key("admin")));
        final Set<String> editors = new HashSet<>(Set.of(key("tanaka"), key("suzuki"), key("admin")));
        final Set<String> administrators = new HashSet<>(Set.of(key("admin")));
        final Set<String> secret = new HashSet<>();
        long nextId = 10100;
        /** Who was made a watcher of which issue, in order: {@code COLLAB-1 KEY-suzuki}. */
        final List<String> watches = new java.util.ArrayList<>();

        @Override
        public void watch(IssueRef issue, String userKey) {
            watches.add(issue.key() + " " + userKey);
        }

        @Override
        public Optional<IssueRef> byKey(String key) {
            return Optional.ofNullable(byKey.get(key));
        }

        @Override
        public Optional<IssueRef> byId(long id) {
            return byKey.values().stream().filter(i -> i.id() == id).findFirst();
        }

        @Override
        public boolean canBrowse(IssueRef issue, String userKey) {
            return browsers.contains(userKey) && (!secret.contains(issue.key()) || userKey.equals(key("admin")));
        }

        @Override
        public boolean canEdit(IssueRef issue, String userKey) {
            return canBrowse(issue, userKey) && editors.contains(userKey);
        }

        @Override
        public boolean canAdminister(IssueRef issue, String userKey) {
            return canBrowse(issue, userKey) && administrators.contains(userKey);
        }

        @Override
        public IssueRef create(String userKey, String projectKey, String issueTypeId, String summary,
                               String description) {
            if (!projectKey.equals("COLLAB")) {
                throw Rejection.invalid(List.of(Problem.literal("project", "No such project")));
            }
            long id = nextId++;
            IssueRef ref = new IssueRef(id, "COLLAB-" + (id - 10099), summary, projectKey, issueTypeId, false, userKey);
            byKey.put(ref.key(), ref);
            return ref;
        }

        /** Set to make the removal of a created issue fail, as Jira's RemoveException would. */
        boolean removalFails;

        @Override
        public void deleteCreated(IssueRef issue) {
            if (removalFails) {
                throw new IllegalStateException("Jira could not remove " + issue.key());
            }
            byKey.remove(issue.key());
        }

        void resolve(String key) {
            IssueRef i = byKey.get(key);
            byKey.put(key, new IssueRef(i.id(), i.key(), i.summary(), i.projectKey(), i.issueTypeId(), true, i.reporterKey()));
        }
    }

    /** Jira's issue types for the test: created on demand, ids from 10200. */
    private static final class Types implements HostIssueTypes {
        final Map<String, IssueTypeRef> types = new HashMap<>();

        @Override
        public boolean supported() {
            return true;
        }

        @Override
        public Optional<IssueTypeRef> byId(String id) {
            return Optional.ofNullable(types.get(id));
        }

        @Override
        public Optional<IssueTypeRef> named(RequestKind kind) {
            return types.values().stream().filter(t -> t.name().equals(kind.key())).findFirst();
        }

        @Override
        public IssueTypeRef create(RequestKind kind) {
            IssueTypeRef ref = new IssueTypeRef(Integer.toString(10200 + types.size()), kind.key());
            types.put(ref.id(), ref);
            return ref;
        }

        @Override
        public List<ProjectTypes> projects(List<String> issueTypeIds) {
            return List.of(new ProjectTypes("COLLAB", "部署間連携", false, "COLLAB", issueTypeIds));
        }

        @Override
        public boolean addToProject(String projectKey, List<String> issueTypeIds) {
            return true;
        }
    }

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoRequest.class, AoRequestEvent.class, AoIssueTypeBinding.class, AoThanks.class,
                AoThanksSender.class, AoThanksPerson.class, AoThanksDepartment.class, AoSetting.class, AoDepartment.class,
                AoDepartmentGroup.class,
                AoCompanyValue.class);
        departments = new DepartmentService(new AoDepartmentStore(ao), people.groups(g -> true), people,
                new MemoryCaches());
        departments.create(new DepartmentInput("sales", "Sales", "営業", List.of("sales"), null));
        departments.create(new DepartmentInput("development", "Development", "開発", List.of("development"), null));
        departments.create(new DepartmentInput("accounting", "Accounting", "経理", List.of("accounting"), null));
        departments.create(new DepartmentInput("old", "Old", "旧", List.of(), false));
        CompanyValueService values = new CompanyValueService(new AoCompanyValueStore(ao), new MemoryCaches());
        values.create(new CompanyValueInput("collaboration", "Collaboration", "協力", "", "", "🤝", null));
        ContextAccess contexts = new ContextAccess() {
            @Override
            public boolean supports(ThanksContext.Type type) {
                return type == ThanksContext.Type.JIRA_ISSUE;
            }

            @Override
            public boolean canView(String userKey, ThanksContext context) {
                return issues.browsers.contains(userKey);
            }

            @Override
            public List<String> suggestedPeople(ThanksContext context) {
                return List.of();
            }
        };
        thanks = new ThanksService(new AoThanksStore(ao), new AoThanksPolicyStore(ao), people, departments, values,
                contexts, dev.kakehashi.notify.Notifier.NONE, new MemoryCaches(), Clock.systemUTC());
        installer = new RequestTypeInstaller(new AoIssueTypeBindingStore(ao), new Types(), new ClusterLocks(),
                new MemoryCaches());
        installer.install();
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).plusHours(3).toInstant(), ZoneOffset.UTC);
        service = new CollaborationService(new AoCollaborationStore(ao), issues, properties, installer, people,
                departments, thanks, new AoChangePolicyStore(ao), new MemoryCaches(), clock, recorded, goals);
    }

    /** A lock that runs the work at once: one node. */
    private static final class ClusterLocks implements dev.kakehashi.platform.ClusterLocks {
        @Override
        public <T> T underLock(String name, java.util.function.Supplier<T> work) {
            return work.get();
        }
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    private static RequestInput input(String partnerBenefit, String partnerContact, String owner, String due) {
        return new RequestInput("joint-task", "sales", "development", "提案資料を顧客の声に合わせて直したい",
                "テンプレート 1 点のレビュー", "レビュー", partnerBenefit, null, partnerContact, owner, due);
    }

    private RequestIssues.IssueRef create(RequestInput input) {
        return service.create(key("tanaka"), "COLLAB", "営業資料のレビューを開発部に依頼", input);
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }

    @Test
    public void creatingARequestCreatesTheIssueAndStepOneWithTheCallerAsRequester() {
        RequestIssues.IssueRef issue = create(input("", "suzuki", "", "2026-12-04"));

        RequestView view = service.view(key("tanaka"), issue.key());
        assertEquals(installer.issueTypes().get(RequestKind.JOINT_TASK), issue.issueTypeId());
        assertEquals(Step.DEFINE, view.request().step());
        assertEquals(key("tanaka"), view.request().requesterKey());
        assertEquals(key("suzuki"), view.request().partnerContactKey());
        assertEquals(LocalDate.of(2026, 12, 4), view.request().dueDate());
        assertEquals(List.of(HistoryEntry.Event.CREATED), view.history().stream().map(HistoryEntry::event).toList());
        assertTrue(view.canChange());
        assertEquals("small scope: no warning", List.of(), view.warnings());
    }

    private static RequestInput withGoal(String goal) {
        RequestInput i = input("", "suzuki", "", "2026-12-04");
        return new RequestInput(i.kind(), i.requestingDepartment(), i.partnerDepartment(), i.purpose(), i.scope(),
                i.helpKind(), i.partnerBenefit(), i.requester(), i.partnerContact(), i.decisionOwner(), i.dueDate(),
                goal);
    }

    @Test
    public void aRequestNamesAGoalTheCallerMaySeeInConfluence() {
        RequestIssues.IssueRef issue = create(withGoal(" 7 "));

        assertEquals(Long.valueOf(7), service.view(key("tanaka"), issue.key()).request().goalId());
        assertEquals(List.of(7L), goals.asked);
    }

    @Test
    public void aGoalTheCallerMayNotSeeIsRefusedLikeOneThatDoesNotExistBeforeJiraCreatesTheIssue() {
        for (String goal : List.of("8", "abc", "-7", "99999999999999999999")) {
            List<Problem> problems = problems(() -> create(withGoal(goal)), Rejection.Reason.INVALID);

            assertEquals(goal, List.of("goal"), problems.stream().map(Problem::field).toList());
            assertEquals(goal, "kakehashi.collaboration.error.goal", problems.get(0).messageKey());
        }
        assertTrue("no issue was created", issues.byKey.isEmpty());
    }

    @Test
    public void whileConfluenceCannotBeAskedAGoalIsRefusedSayingWhy() {
        Map<LinkOutcome, String> expected = Map.of(
                LinkOutcome.NOT_LINKED, "kakehashi.collaboration.error.goal.not.linked",
                LinkOutcome.NEEDS_AUTHORISATION, "kakehashi.collaboration.error.goal.authorise",
                LinkOutcome.UNREACHABLE, "kakehashi.collaboration.error.goal.unreachable");
        expected.forEach((outcome, messageKey) -> {
            goals.failing = outcome;
            List<Problem> problems = problems(() -> create(withGoal("7")), Rejection.Reason.INVALID);
            assertEquals(outcome.name(), List.of(messageKey), keys(problems));
        });
        assertTrue("no issue was created", issues.byKey.isEmpty());
        goals.failing = null;
        assertNull("without a goal Confluence is not asked", service.view(key("tanaka"),
                create(withGoal("")).key()).request().goalId());
    }

    @Test
    public void anEditKeepsTheGoalWithoutAskingAgainAndTheHistoryRecordsAChange() {
        String k = create(withGoal("7")).key();
        goals.asked.clear();
        goals.failing = LinkOutcome.UNREACHABLE;
        CollaborationRequest kept = service.update(key("tanaka"), k, input("メリット", "suzuki", "", "2026-12-04"), 0);
        assertEquals("absent: kept", Long.valueOf(7), kept.goalId());
        kept = service.update(key("tanaka"), k, withGoal("7"), kept.version());
        assertEquals("the same: kept", Long.valueOf(7), kept.goalId());
        assertEquals("Confluence was not asked about the goal kept", List.of(), goals.asked);

        goals.failing = null;
        goals.with(12, "Second goal");
        CollaborationRequest changed = service.update(key("tanaka"), k, withGoal("12"), kept.version());
        CollaborationRequest removed = service.update(key("tanaka"), k, withGoal(""), changed.version());

        assertEquals(Long.valueOf(12), changed.goalId());
        assertNull(removed.goalId());
        List<HistoryEntry.FieldChange> goalChanges = service.view(key("tanaka"), k).history().stream()
                .flatMap(e -> e.changes().stream()).filter(c -> c.field().equals("goal")).toList();
        assertEquals(List.of(new HistoryEntry.FieldChange("goal", "7", "12"),
                new HistoryEntry.FieldChange("goal", "12", "")), goalChanges);
    }

    @Test
    public void aGoalListsOnlyTheRequestsTheCallerMayBrowseNewestFirst() {
        String first = create(withGoal("7")).key();
        String hidden = create(withGoal("7")).key();
        create(withGoal("")).key();
        String newest = create(withGoal("7")).key();
        issues.secret.add(hidden);

        assertEquals(List.of(newest, first), service.servingGoal(key("tanaka"), 7).stream()
                .map(s -> s.issue().key()).toList());
        assertEquals(List.of(newest, hidden, first), service.servingGoal(key("admin"), 7).stream()
                .map(s -> s.issue().key()).toList());
        assertEquals(List.of(), service.servingGoal(key("kato"), 7));
        assertEquals(List.of(), service.servingGoal(key("tanaka"), 8));
    }

    @Test
    public void everyProblemOfARequestIsReportedAtOnce() {
        RequestInput bad = new RequestInput("big-project", "sales", "sales", " ", "x".repeat(1001), "", "", "nobody",
                "", "", "2026-02-30");

        List<Problem> problems = problems(() -> service.create(key("tanaka"), "COLLAB", "", bad),
                Rejection.Reason.INVALID);

        Map<String, String> byField = new HashMap<>();
        problems.forEach(p -> byField.put(p.field(), p.messageKey()));
        assertEquals("kakehashi.error.required", byField.get("summary"));
        assertEquals("kakehashi.collaboration.error.kind", byField.get("kind"));
        assertEquals("kakehashi.collaboration.error.same.department", byField.get("partnerDepartment"));
        assertEquals("kakehashi.error.required", byField.get("purpose"));
        assertEquals("kakehashi.error.too.long", byField.get("scope"));
        assertEquals("kakehashi.collaboration.error.person", byField.get("requester"));
        assertEquals("kakehashi.collaboration.error.due.format", byField.get("dueDate"));
        assertTrue("nothing was created", issues.byKey.isEmpty());
    }

    @Test
    public void aDueDateOutsideTwoThousandToTwentyOneHundredIsRefusedBeforeJiraCreatesTheIssue() {
        for (String due : List.of("+10000-01-01", "2101-01-01", "1999-12-31")) {
            List<Problem> problems = problems(() -> create(input("", "suzuki", "", due)), Rejection.Reason.INVALID);

            assertEquals(due, 1, problems.size());
            assertEquals("dueDate", problems.get(0).field());
            assertEquals("kakehashi.error.date.range", problems.get(0).messageKey());
            assertEquals(List.of("2000-01-01", "2100-12-31"), problems.get(0).arguments());
        }
        assertTrue("no issue was created", issues.byKey.isEmpty());
        assertEquals(LocalDate.of(2100, 12, 31), service.view(key("tanaka"),
                create(input("", "suzuki", "", "2100-12-31")).key()).request().dueDate());
    }

    @Test
    public void aPersonWhoseKeyTheRequestCannotHoldIsRefusedBeforeJiraCreatesTheIssue() {
        List<Problem> problems = problems(() -> create(input("", LONG_KEYED, "", "2026-12-04")),
                Rejection.Reason.INVALID);

        assertEquals("partnerContact", problems.get(0).field());
        assertEquals(List.of("kakehashi.collaboration.error.person"), keys(problems));
        assertTrue("no issue was created", issues.byKey.isEmpty());
    }

    /** The request store of this test, with inserts that fail as a full disk or a broken connection would. */
    private CollaborationStore failingInserts() {
        CollaborationStore real = new AoCollaborationStore(ao);
        return (CollaborationStore) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CollaborationStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("insert")) {
                        throw new IllegalStateException("the database refused the row");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private CollaborationService withStore(CollaborationStore store) {
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).plusHours(3).toInstant(), ZoneOffset.UTC);
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), people.groups(g -> true), people,
                new MemoryCaches());
        return new CollaborationService(store, issues, properties, installer, people, departments, thanks,
                new AoChangePolicyStore(ao), new MemoryCaches(), clock, recorded, goals);
    }

    @Test
    public void whenTheDetailsCannotBeStoredTheNewIssueIsRemovedAgain() {
        CollaborationService failing = withStore(failingInserts());

        List<Problem> problems = problems(() -> failing.create(key("tanaka"), "COLLAB", "保存できない依頼",
                input("", "suzuki", "", "2026-12-04")), Rejection.Reason.FAILED);

        assertEquals(List.of("kakehashi.collaboration.error.not.saved"), keys(problems));
        assertTrue("the issue is gone again: " + issues.byKey.keySet(), issues.byKey.isEmpty());
    }

    @Test
    public void whenTheNewIssueCannotBeRemovedEitherTheCallerLearnsWhichIssueIsLeft() {
        CollaborationService failing = withStore(failingInserts());
        issues.removalFails = true;

        List<Problem> problems = problems(() -> failing.create(key("tanaka"), "COLLAB", "保存できない依頼",
                input("", "suzuki", "", "2026-12-04")), Rejection.Reason.FAILED);

        assertEquals(List.of("kakehashi.collaboration.error.not.saved.issue.left"), keys(problems));
        assertEquals(List.of(issues.byKey.keySet().iterator().next()), problems.get(0).arguments());
    }

    @Test
    public void inactiveDepartmentsAndPastDueDatesAreRefused() {
        RequestInput input = new RequestInput("small-poc", "old", "development", "目的", "範囲", "", "", null, "", "",
                "2026-11-22");

        List<Problem> problems = problems(() -> create(input), Rejection.Reason.INVALID);

        assertEquals(List.of("kakehashi.collaboration.error.department", "kakehashi.collaboration.error.due.past"),
                keys(problems));
    }

    @Test
    public void aRequestNamingADepartmentDeactivatedSinceCanStillBeEditedButNotMovedToAnotherInactiveOne() {
        String k = create(input("", "suzuki", "", "2026-12-04")).key();
        departments.update("development", new DepartmentInput("development", "Development", "開発",
                List.of("development"), false));

        CollaborationRequest updated = service.update(key("tanaka"), k, input("開発部にもメリット", "suzuki", "", ""), 0);

        assertEquals("development", updated.partnerDepartment());
        assertEquals("開発部にもメリット", service.get(key("tanaka"), k).partnerBenefit());
        RequestInput toOld = new RequestInput("joint-task", "sales", "old", "目的", "範囲", "", "", null, "", "", "");
        assertEquals(List.of("kakehashi.collaboration.error.department"),
                keys(problems(() -> service.update(key("tanaka"), k, toOld, 1), Rejection.Reason.INVALID)));
        assertEquals("a new request may not name it", List.of("kakehashi.collaboration.error.department"),
                keys(problems(() -> create(input("", "suzuki", "", "")), Rejection.Reason.INVALID)));
    }

    @Test
    public void theSixStepsInOrderWithWhatIsMissingForEach() {
        RequestIssues.IssueRef issue = create(input("", "", "", ""));
        String k = issue.key();

        assertEquals(List.of("kakehashi.collaboration.missing.partner.contact"), service.view(key("tanaka"), k).missing());
        assertEquals(List.of("kakehashi.collaboration.missing.partner.contact"),
                keys(problems(() -> service.move(key("tanaka"), k, "first-contact", 0), Rejection.Reason.INVALID)));
        service.update(key("tanaka"), k, input("", "suzuki", "", ""), 0);
        service.move(key("tanaka"), k, "first-contact", 1);

        List<Problem> noBenefit = problems(() -> service.move(key("tanaka"), k, "agreed", 2), Rejection.Reason.INVALID);
        assertEquals(List.of("kakehashi.collaboration.missing.benefit", "kakehashi.collaboration.missing.decision.owner"),
                keys(noBenefit));
        assertEquals(Step.FIRST_CONTACT, service.get(key("tanaka"), k).step());

        service.update(key("tanaka"), k, input("開発部も顧客の生の声をすぐ知れる", "suzuki", "sato", ""), 2);
        service.move(key("suzuki"), k, "3", 3);
        assertEquals(List.of("kakehashi.collaboration.missing.due.date"),
                keys(problems(() -> service.move(key("tanaka"), k, "working", 4), Rejection.Reason.INVALID)));
        service.update(key("tanaka"), k, input("開発部も顧客の生の声をすぐ知れる", "suzuki", "sato", "2026-12-10"), 4);
        service.move(key("tanaka"), k, "working", 5);

        assertEquals(List.of("kakehashi.collaboration.missing.result"),
                keys(problems(() -> service.move(key("tanaka"), k, "result-shared", 6), Rejection.Reason.INVALID)));
        service.shareResult(key("tanaka"), k, "https://wiki.example/display/SALES/result", "", 6);
        service.move(key("tanaka"), k, "result-shared", 7);

        assertEquals(List.of("kakehashi.collaboration.missing.thanks"),
                keys(problems(() -> service.move(key("tanaka"), k, "next-proposed", 8), Rejection.Reason.INVALID)));
        assertFalse(service.view(key("tanaka"), k).partnerThanked());
        thanks.send(key("tanaka"), new ThanksInput(List.of("suzuki"), null, "レビューありがとう!", "collaboration",
                "jira-issue", Long.toString(issue.id()), null));
        assertTrue(service.view(key("tanaka"), k).partnerThanked());
        service.move(key("tanaka"), k, "next-proposed", 8);

        RequestView done = service.view(key("tanaka"), k);
        assertEquals(Step.NEXT_PROPOSED, done.request().step());
        assertEquals(List.of(), done.missing());
        List<HistoryEntry.Event> events = service.history(key("tanaka"), k).stream().map(HistoryEntry::event).toList();
        assertEquals(List.of(HistoryEntry.Event.CREATED, HistoryEntry.Event.DETAILS_CHANGED,
                HistoryEntry.Event.ADVANCED, HistoryEntry.Event.DETAILS_CHANGED, HistoryEntry.Event.ADVANCED,
                HistoryEntry.Event.DETAILS_CHANGED, HistoryEntry.Event.ADVANCED, HistoryEntry.Event.RESULT_SHARED,
                HistoryEntry.Event.ADVANCED, HistoryEntry.Event.ADVANCED), events);
    }

    @Test
    public void aRequestMovesOneStepAtATimeAndCanStepBack() {
        String k = create(input("メリット", "suzuki", "sato", "2026-12-01")).key();

        assertEquals(List.of("kakehashi.collaboration.error.step.order"),
                keys(problems(() -> service.move(key("tanaka"), k, "agreed", 0), Rejection.Reason.INVALID)));
        assertEquals(List.of("kakehashi.collaboration.error.step"),
                keys(problems(() -> service.move(key("tanaka"), k, "7", 0), Rejection.Reason.INVALID)));
        service.move(key("tanaka"), k, "first-contact", 0);
        service.move(key("tanaka"), k, "define", 1);

        HistoryEntry back = service.history(key("tanaka"), k).get(2);
        assertEquals(HistoryEntry.Event.STEPPED_BACK, back.event());
        assertEquals(Step.FIRST_CONTACT, back.from());
        assertEquals(Step.DEFINE, back.to());
    }

    @Test
    public void theIssuePropertyFollowsTheStepDepartmentsAndDueDateButNotOtherChanges() {
        RequestIssues.IssueRef issue = create(input("メリット", "suzuki", "sato", "2026-12-01"));
        long id = issue.id();
        String k = issue.key();

        service.move(key("suzuki"), k, "first-contact", 0);
        service.shareResult(key("tanaka"), k, "", "途中経過", 1);
        service.update(key("tanaka"), k, input("メリット", "suzuki", "sato", "2026-12-08"), 2);
        service.update(key("tanaka"), k, new RequestInput("joint-task", "sales", "development",
                "目的を少し書き直した", "テンプレート 1 点のレビュー", "レビュー", "メリット", null, "suzuki", "sato",
                "2026-12-08"), 3);

        assertEquals(List.of(
                id + " {step=1, fromDepartment=sales, toDepartment=development, due=2026-12-01} by " + key("tanaka"),
                id + " {step=2, fromDepartment=sales, toDepartment=development, due=2026-12-01} by " + key("suzuki"),
                id + " {step=2, fromDepartment=sales, toDepartment=development, due=2026-12-08} by " + key("tanaka")),
                published);
    }

    @Test
    public void aFailureToWriteThePropertyDoesNotUndoTheChange() {
        String k = create(input("メリット", "suzuki", "sato", "")).key();
        CollaborationService failing = new CollaborationService(new AoCollaborationStore(ao), issues,
                (request, actorKey) -> {
                    throw new IllegalStateException("the host refused the property");
                }, installer, people, new DepartmentService(new AoDepartmentStore(ao), people.groups(g -> true), people,
                new MemoryCaches()), thanks, new AoChangePolicyStore(ao), new MemoryCaches(), Clock.systemUTC(), recorded, goals);

        failing.move(key("suzuki"), k, "first-contact", 0);

        assertEquals(Step.FIRST_CONTACT, service.get(key("tanaka"), k).step());
    }

    @Test
    public void aChangeFromAnOlderVersionIsAConflict() {
        String k = create(input("メリット", "suzuki", "sato", "")).key();
        service.move(key("suzuki"), k, "first-contact", 0);

        problems(() -> service.move(key("tanaka"), k, "agreed", 0), Rejection.Reason.CONFLICT);
        assertEquals(Step.FIRST_CONTACT, service.get(key("tanaka"), k).step());
    }

    @Test
    public void onlyThePeopleInTheRolesAndAdministratorsChangeARequest() {
        String k = create(input("メリット", "takahashi", "", "")).key();
        issues.editors.add(key("sato"));

        problems(() -> service.move(key("sato"), k, "first-contact", 0), Rejection.Reason.FORBIDDEN);
        problems(() -> service.update(key("sato"), k, input("書き換え", "takahashi", "", ""), 0),
                Rejection.Reason.FORBIDDEN);
        service.move(key("takahashi"), k, "first-contact", 0);
        assertEquals(Step.FIRST_CONTACT, service.get(key("sato"), k).step());
        assertFalse("editing the issue is not enough", service.view(key("sato"), k).canChange());
        assertTrue("takahashi is the partner contact", service.view(key("takahashi"), k).canChange());
        assertTrue("an administrator", service.view(key("admin"), k).canChange());
        service.move(key("admin"), k, "define", 1);
        assertEquals(ChangePolicy.ROLES, service.changePolicy());
    }

    @Test
    public void anAdminMayWidenWhoChangesARequestToEveryoneWhoEditsTheIssue() {
        String k = create(input("メリット", "takahashi", "", "")).key();
        issues.editors.add(key("sato"));

        assertEquals(ChangePolicy.EDIT_ISSUES, service.updateChangePolicy(" edit-issues "));

        assertTrue(service.view(key("sato"), k).canChange());
        service.move(key("sato"), k, "first-contact", 0);
        assertFalse("browsing is still not editing", service.view(key("takahashi"), create(input("メリット", "suzuki",
                "", "")).key()).canChange());
        assertEquals(List.of("kakehashi.collaboration.error.change.policy"),
                keys(problems(() -> service.updateChangePolicy("everyone"), Rejection.Reason.INVALID)));
        assertEquals(ChangePolicy.EDIT_ISSUES, service.changePolicy());
        service.updateChangePolicy("roles");
        assertFalse(service.view(key("sato"), k).canChange());
    }

    @Test
    public void aPrivateThanksToThePartnerDoesNotCountForStepSix() {
        RequestIssues.IssueRef issue = create(input("メリット", "suzuki", "sato", "2026-12-10"));
        String k = issue.key();
        for (String step : List.of("first-contact", "agreed", "working")) {
            service.move(key("tanaka"), k, step, service.get(key("tanaka"), k).version());
        }
        service.shareResult(key("tanaka"), k, "https://wiki.example/r", "", service.get(key("tanaka"), k).version());
        service.move(key("tanaka"), k, "result-shared", service.get(key("tanaka"), k).version());

        thanks.send(key("tanaka"), new ThanksInput(List.of("suzuki"), null, "内緒でありがとう", "collaboration",
                "jira-issue", Long.toString(issue.id()), "private"));

        for (String reader : List.of("tanaka", "suzuki", "sato", "takahashi")) {
            RequestView view = service.view(key(reader), k);
            assertFalse(reader, view.partnerThanked());
            assertEquals(reader, List.of("kakehashi.collaboration.missing.thanks"), view.missing());
        }
        assertEquals(List.of("kakehashi.collaboration.missing.thanks"), keys(problems(() -> service.move(key("tanaka"),
                k, "next-proposed", service.get(key("tanaka"), k).version()), Rejection.Reason.INVALID)));
    }

    @Test
    public void anIssueTheCallerMayNotSeeIsNotFoundForEveryCall() {
        String k = create(input("メリット", "suzuki", "", "")).key();
        issues.secret.add(k);

        for (Runnable call : List.<Runnable>of(
                () -> service.view(key("tanaka"), k),
                () -> service.get(key("kato"), k),
                () -> service.move(key("tanaka"), k, "first-contact", 0),
                () -> service.update(key("tanaka"), k, input("", "", "", ""), 0),
                () -> service.shareResult(key("tanaka"), k, "", "note", 0),
                () -> service.history(key("tanaka"), k),
                () -> service.partnership(key("tanaka"), k),
                () -> service.proposeFollowUp(key("tanaka"), k, "次", "次", "次"),
                () -> service.view(key("tanaka"), "NOPE-1"))) {
            assertEquals(List.of("kakehashi.collaboration.error.issue"), keys(problems(call, Rejection.Reason.NOT_FOUND)));
        }
        problems(() -> service.view(null, k), Rejection.Reason.UNAUTHENTICATED);
        assertEquals(Step.DEFINE, service.get(key("admin"), k).step());
    }

    @Test
    public void aResultsPageFromConfluenceBecomesTheResultLinkOnceAndIsKeptInTheHistory() {
        String k = create(input("メリット", "suzuki", "", "")).key();
        String page = "https://wiki.example/pages/viewpage.action?pageId=65601";

        service.recordResultPage(key("suzuki"), k, page, "成果と学び: 提案資料");
        service.recordResultPage(key("suzuki"), k, page, "成果と学び: 提案資料");
        service.recordResultPage(key("tanaka"), k, "https://wiki.example/pages/viewpage.action?pageId=65602", "続き");

        CollaborationRequest request = service.get(key("tanaka"), k);
        assertEquals("the first page is the result link", page, request.resultLink());
        assertEquals(2, request.version());
        List<HistoryEntry> pages = service.view(key("tanaka"), k).resultPages();
        assertEquals(List.of("成果と学び: 提案資料", "続き"), pages.stream().map(HistoryEntry::title).toList());
        assertEquals(key("suzuki"), pages.get(0).actorKey());
    }

    @Test
    public void aResultsPageIsRecordedOnlyByThoseWhoMayChangeTheRequestAndOnlyAsAWebAddress() {
        String k = create(input("メリット", "suzuki", "", "")).key();
        problems(() -> service.recordResultPage(key("sato"), k, "https://wiki.example/p", "x"),
                Rejection.Reason.FORBIDDEN);
        problems(() -> service.recordResultPage(key("kato"), k, "https://wiki.example/p", "x"),
                Rejection.Reason.NOT_FOUND);
        assertEquals(List.of("kakehashi.error.required", "kakehashi.collaboration.error.link"), keys(problems(
                () -> service.recordResultPage(key("tanaka"), k, "javascript:alert(1)", " "), Rejection.Reason.INVALID)));
        assertEquals("", service.get(key("tanaka"), k).resultLink());
    }

    @Test
    public void aResultLinkMustBeAWebAddress() {
        String k = create(input("メリット", "suzuki", "", "")).key();

        assertEquals(List.of("kakehashi.collaboration.error.link"), keys(problems(
                () -> service.shareResult(key("tanaka"), k, "javascript:alert(1)", "", 0), Rejection.Reason.INVALID)));
        assertEquals(List.of("kakehashi.collaboration.error.result.required"), keys(problems(
                () -> service.shareResult(key("tanaka"), k, " ", " ", 0), Rejection.Reason.INVALID)));
        service.shareResult(key("tanaka"), k, "", "議事録は共有フォルダに", 0);
        assertEquals("議事録は共有フォルダに", service.get(key("tanaka"), k).resultNote());
    }

    @Test
    public void aDueDateFarAwayIsAWarningNotARefusal() {
        String k = create(input("メリット", "suzuki", "", TODAY.plusDays(29).toString())).key();

        assertEquals(List.of("kakehashi.collaboration.warning.not.small"), service.view(key("tanaka"), k).warnings());
        String near = create(input("メリット", "suzuki", "", TODAY.plusDays(28).toString())).key();
        assertEquals(List.of(), service.view(key("tanaka"), near).warnings());
    }

    @Test
    public void aResolvedRequestPromptsTheRequesterOnce() {
        String k = create(input("メリット", "suzuki", "", "")).key();
        long id = issues.byKey.get(k).id();
        issues.resolve(k);

        service.resolved(id, key("suzuki"));
        service.resolved(id, key("suzuki"));

        assertTrue(service.view(key("tanaka"), k).resolvedPrompt());
        assertFalse("only the requester is prompted", service.view(key("suzuki"), k).resolvedPrompt());
        long resolvedEvents = service.history(key("tanaka"), k).stream()
                .filter(e -> e.event() == HistoryEntry.Event.RESOLVED).count();
        assertEquals(1, resolvedEvents);
        service.resolved(99999, key("suzuki"));
    }

    /** Only what Confluence confirms counts; when it cannot be asked nothing counts and the outcome says why. */
    @Test
    public void aThanksOnAResultsPageCountsOnlyAsConfluenceConfirmsIt() {
        String k = create(input("メリット", "suzuki", "sato", "2026-12-01")).key();
        String page = "https://wiki.example/pages/viewpage.action?pageId=65540";
        service.recordResultPage(key("tanaka"), k, page, "成果と学び: レビュー");
        List<Long> asked = new ArrayList<>();
        GivenThanks unlinked = pageId -> {
            asked.add(pageId);
            return new GivenThanks.Unconfirmed(GivenThanks.Reason.NEEDS_AUTHORISATION);
        };

        assertEquals(new CollaborationService.PageThanksOutcome(false, "needs-authorisation"),
                service.recordConfirmedPageThanks(key("sato"), k, 65540, unlinked));
        assertEquals(new CollaborationService.PageThanksOutcome(false, "confirmed"),
                service.recordConfirmedPageThanks(key("sato"), k, 65540,
                        pageId -> new GivenThanks.Confirmed(page, List.of("accounting"))));
        assertEquals("asked only for a request the caller may see", List.of("kakehashi.collaboration.error.issue"),
                keys(problems(() -> service.recordConfirmedPageThanks(key("kato"), k, 65540, unlinked),
                        Rejection.Reason.NOT_FOUND)));
        assertEquals(List.of(65540L), asked);
        assertEquals(0, service.history(key("tanaka"), k).stream()
                .filter(e -> e.event() == HistoryEntry.Event.PAGE_THANKS).count());

        assertEquals(new CollaborationService.PageThanksOutcome(true, "confirmed"),
                service.recordConfirmedPageThanks(key("sato"), k, 65540,
                        pageId -> new GivenThanks.Confirmed(page, List.of("development"))));
        assertEquals(1, service.history(key("tanaka"), k).stream()
                .filter(e -> e.event() == HistoryEntry.Event.PAGE_THANKS).count());
    }

    @Test
    public void aPublicThanksToThePartnerOnARecordedResultsPageCountsForStepSix() {
        String k = create(input("メリット", "suzuki", "sato", "2026-12-01")).key();
        int v = 0;
        for (String step : List.of("first-contact", "agreed", "working")) {
            service.move(key("tanaka"), k, step, v++);
        }
        String page = "https://wiki.example/pages/viewpage.action?pageId=65540";
        service.recordResultPage(key("tanaka"), k, page, "成果と学び: レビュー");
        v++;
        service.move(key("tanaka"), k, "result-shared", v++);
        assertEquals(List.of("kakehashi.collaboration.missing.thanks"), service.view(key("tanaka"), k).missing());

        assertEquals("a page not recorded on the request is refused", List.of(
                "kakehashi.collaboration.error.page.thanks.page"), keys(problems(() -> service.recordPageThanks(
                key("sato"), k, "https://wiki.example/pages/viewpage.action?pageId=1", List.of("development")),
                Rejection.Reason.CONFLICT)));
        assertFalse("thanks to other departments do not count",
                service.recordPageThanks(key("sato"), k, page, List.of("accounting")));
        assertFalse(service.view(key("tanaka"), k).partnerThanked());
        assertEquals(List.of("kakehashi.collaboration.error.issue"), keys(problems(() -> service.recordPageThanks(
                key("kato"), k, page, List.of("development")), Rejection.Reason.NOT_FOUND)));

        assertTrue(service.recordPageThanks(key("sato"), k, page, List.of("accounting", "development")));
        assertTrue("once per page", service.recordPageThanks(key("sato"), k, page, List.of("development")));

        RequestView thanked = service.view(key("tanaka"), k);
        assertTrue(thanked.partnerThanked());
        assertEquals(List.of(), thanked.missing());
        service.move(key("tanaka"), k, "next-proposed", v + 1);
        assertEquals(Step.NEXT_PROPOSED, service.get(key("tanaka"), k).step());
        assertEquals(1, service.history(key("tanaka"), k).stream()
                .filter(e -> e.event() == HistoryEntry.Event.PAGE_THANKS && e.title().equals("成果と学び: レビュー"))
                .count());
    }

    @Test
    public void thePromptAfterResolvingAsksOnlyWhatTheStepAllows() {
        String early = create(input("メリット", "suzuki", "sato", "2026-12-01")).key();
        service.move(key("tanaka"), early, "first-contact", 0);
        String working = create(input("メリット", "suzuki", "sato", "2026-12-01")).key();
        int v = 0;
        for (String step : List.of("first-contact", "agreed", "working")) {
            service.move(key("tanaka"), working, step, v++);
        }
        for (String k : List.of(early, working)) {
            issues.resolve(k);
            service.resolved(issues.byKey.get(k).id(), key("suzuki"));
        }
        v++; // resolving is a version too

        RequestView atTwo = service.view(key("tanaka"), early);
        assertTrue(atTwo.resolvedPrompt());
        assertEquals("nothing to share before the work", "kakehashi.collaboration.prompt.text.early",
                atTwo.resolvedPromptKey());
        assertEquals("kakehashi.collaboration.prompt.text.share", service.view(key("tanaka"), working)
                .resolvedPromptKey());
        service.shareResult(key("tanaka"), working, "https://wiki.example/r", "", v++);
        service.move(key("tanaka"), working, "result-shared", v);
        assertEquals("kakehashi.collaboration.prompt.text.thank", service.view(key("tanaka"), working)
                .resolvedPromptKey());
    }

    @Test
    public void changedDetailsAreRecordedFieldByFieldBeforeAndAfter() {
        String k = create(input("", "suzuki", "", "")).key();

        service.update(key("tanaka"), k, new RequestInput("joint-task", "sales", "accounting",
                "提案資料を顧客の声に合わせて直したい", "テンプレート 2 点のレビュー", "レビュー", "", null, "kato", "sato",
                "2026-12-10"), 0);

        HistoryEntry changed = service.history(key("tanaka"), k).get(1);
        assertEquals(HistoryEntry.Event.DETAILS_CHANGED, changed.event());
        assertEquals(List.of(
                new HistoryEntry.FieldChange("partnerDepartment", "development", "accounting"),
                new HistoryEntry.FieldChange("scope", "テンプレート 1 点のレビュー", "テンプレート 2 点のレビュー"),
                new HistoryEntry.FieldChange("partnerContact", key("suzuki"), key("kato")),
                new HistoryEntry.FieldChange("decisionOwner", "", key("sato")),
                new HistoryEntry.FieldChange("dueDate", "", "2026-12-10")), changed.changes());
    }

    @Test
    public void theNextCollaborationIsProposedAtStepSixAndLinksBack() {
        RequestInput i = input("メリット", "suzuki", "sato", "2026-12-01");
        String k = create(new RequestInput(i.kind(), i.requestingDepartment(), i.partnerDepartment(), i.purpose(),
                i.scope(), i.helpKind(), i.partnerBenefit(), i.requester(), i.partnerContact(), i.decisionOwner(),
                i.dueDate(), "7")).key();
        problems(() -> service.proposeFollowUp(key("tanaka"), k, "次の依頼", "範囲を広げる", "資料 3 点"), Rejection.Reason.CONFLICT);
        int v = 0;
        for (String step : List.of("first-contact", "agreed", "working")) {
            service.move(key("tanaka"), k, step, v++);
        }
        service.shareResult(key("tanaka"), k, "https://wiki.example/r", "", v++);
        service.move(key("tanaka"), k, "result-shared", v++);
        thanks.send(key("tanaka"), new ThanksInput(List.of(), "development", "開発部のみなさん、ありがとう", "collaboration",
                "jira-issue", Long.toString(issues.byKey.get(k).id()), null));
        service.move(key("tanaka"), k, "next-proposed", v);

        assertNull("nothing proposed yet", service.view(key("tanaka"), k).followUp());
        assertEquals("the follow-up's small scope is required like every request's",
                List.of("kakehashi.error.required"), keys(problems(() -> service.proposeFollowUp(key("tanaka"), k,
                        "次は営業資料 3 点", "範囲を広げる", " "), Rejection.Reason.INVALID)));

        RequestIssues.IssueRef next = service.proposeFollowUp(key("tanaka"), k, "次は営業資料 3 点", "範囲を広げる",
                "営業資料 3 点のレビュー");

        RequestView followUp = service.view(key("tanaka"), next.key());
        assertEquals(k, followUp.followUpOfKey());
        assertEquals("営業資料 3 点のレビュー", followUp.request().scope());
        assertEquals("範囲を広げる", followUp.request().purpose());
        RequestView proposedFrom = service.view(key("tanaka"), k);
        assertEquals("the request names its follow-up", next.key(), proposedFrom.followUp().issue().key());
        assertEquals("次は営業資料 3 点", proposedFrom.followUp().issue().summary());
        issues.secret.add(next.key());
        RequestView hidden = service.view(key("sato"), k);
        assertTrue("proposed, but not named to a reader who may not see it",
                hidden.followUp() != null && hidden.followUp().issue() == null);
        assertEquals(Step.DEFINE, followUp.request().step());
        assertEquals("development", followUp.request().partnerDepartment());
        assertEquals(key("suzuki"), followUp.request().partnerContactKey());
        assertEquals("the follow-up serves the same goal", Long.valueOf(7), followUp.request().goalId());
        assertEquals(HistoryEntry.Event.FOLLOW_UP_PROPOSED,
                service.history(key("tanaka"), k).get(service.history(key("tanaka"), k).size() - 1).event());

        int issuesBefore = issues.byKey.size();
        List<Problem> failed = problems(() -> withStore(failingInserts()).proposeFollowUp(key("tanaka"), k,
                "保存できない次の依頼", "範囲を広げる", "資料 1 点"), Rejection.Reason.FAILED);
        assertEquals(List.of("kakehashi.collaboration.error.not.saved"), keys(failed));
        assertEquals("the follow-up's issue is removed again", issuesBefore, issues.byKey.size());
    }

    @Test
    public void thePartnershipListsEarlierRequestsTheReaderMaySeeAndTheThanksBetween() {
        String first = create(input("メリット", "suzuki", "", "")).key();
        String second = create(input("メリット", "suzuki", "", "")).key();
        String hidden = create(input("メリット", "suzuki", "", "")).key();
        issues.secret.add(hidden);
        String current = create(input("メリット", "suzuki", "", "")).key();
        assertEquals("counted before the thanks (and cached)", 0, service.partnership(key("tanaka"), current)
                .thanksAToB());
        thanks.send(key("tanaka"), new ThanksInput(List.of("suzuki"), null, "ありがとう", "collaboration", "jira-issue",
                Long.toString(issues.byKey.get(first).id()), null));

        Partnership p = service.partnership(key("tanaka"), current);

        assertEquals(List.of(second, first), p.earlier().stream().map(Partnership.Earlier::issueKey).toList());
        assertEquals(1, p.thanksAToB());
        assertEquals(0, p.thanksBToA());
    }

    @Test
    public void thePanelCarriesTheRequestAndThePartnershipTheReaderMaySee() {
        String first = create(input("メリット", "suzuki", "", "")).key();
        String hidden = create(input("メリット", "suzuki", "", "")).key();
        issues.secret.add(hidden);
        String current = create(input("メリット", "suzuki", "", "")).key();
        thanks.send(key("tanaka"), new ThanksInput(List.of("suzuki"), null, "ありがとう", "collaboration", "jira-issue",
                Long.toString(issues.byKey.get(first).id()), null));

        RequestPanelView panel = service.panel(key("tanaka"), current);

        assertEquals(current, panel.view().issue().key());
        assertEquals(List.of(first), panel.partnership().earlier().stream().map(Partnership.Earlier::issueKey)
                .toList());
        assertEquals(1, panel.partnership().thanksAToB());
        assertEquals(service.partnership(key("tanaka"), current), panel.partnership());
    }

    @Test
    public void thePanelOfAnIssueNotYetSetUpHasNoPartnership() {
        RequestIssues.IssueRef bare = issues.create(key("tanaka"), "COLLAB",
                installer.issueTypes().get(RequestKind.SMALL_POC), "Jira の作成画面から", "");

        RequestPanelView panel = service.panel(key("tanaka"), bare.key());

        assertFalse(panel.view().isSetUp());
        assertNull(panel.partnership());
    }

    @Test
    public void anIssueOfARequestTypeCanBeSetUpOnce() {
        RequestIssues.IssueRef bare = issues.create(key("tanaka"), "COLLAB",
                installer.issueTypes().get(RequestKind.SMALL_POC), "Jira の作成画面から", "");

        RequestView before = service.view(key("tanaka"), bare.key());
        assertFalse(before.isSetUp());
        assertEquals(RequestKind.SMALL_POC, before.kind());
        service.setUp(key("tanaka"), bare.key(), input("メリット", "suzuki", "", ""));

        assertTrue(service.view(key("tanaka"), bare.key()).isSetUp());
        problems(() -> service.setUp(key("tanaka"), bare.key(), input("", "", "", "")), Rejection.Reason.CONFLICT);
        problems(() -> service.setUp(key("sato"), bare.key(), input("", "", "", "")), Rejection.Reason.FORBIDDEN);
        RequestIssues.IssueRef task = issues.create(key("tanaka"), "COLLAB", "10000", "ただのタスク", "");
        assertEquals(List.of("kakehashi.collaboration.error.not.request.type"), keys(problems(
                () -> service.setUp(key("tanaka"), task.key(), input("", "", "", "")), Rejection.Reason.CONFLICT)));
        assertTrue(service.isRequestType(bare.issueTypeId()));
        assertFalse(service.isRequestType("10000"));
        assertFalse(service.isRequestType(null));
    }

    @Test
    public void onlyItsReporterAndAdministratorsSetUpAnIssueUnlessThePolicyIsWidened() {
        RequestIssues.IssueRef byTanaka = issues.create(key("tanaka"), "COLLAB",
                installer.issueTypes().get(RequestKind.SMALL_POC), "Jira の作成画面から", "");

        assertFalse("suzuki may edit the issue but did not report it", service.view(key("suzuki"), byTanaka.key())
                .canChange());
        problems(() -> service.setUp(key("suzuki"), byTanaka.key(), input("メリット", "suzuki", "", "")),
                Rejection.Reason.FORBIDDEN);
        service.updateChangePolicy("edit-issues");
        assertTrue(service.view(key("suzuki"), byTanaka.key()).canChange());
        service.updateChangePolicy("roles");
        assertTrue(service.view(key("admin"), byTanaka.key()).canChange());
        assertTrue(service.view(key("tanaka"), byTanaka.key()).canChange());
        service.setUp(key("admin"), byTanaka.key(), input("メリット", "suzuki", "", ""));
        assertTrue(service.view(key("tanaka"), byTanaka.key()).isSetUp());
    }

    @Test
    public void searchFindsRequestsByPairStepAndDueDate() {
        String a = create(input("メリット", "suzuki", "", "2026-12-01")).key();
        create(new RequestInput("information-sharing", "accounting", "sales", "目的", "範囲", "", "", null, "", "",
                "2026-12-20"));
        service.move(key("tanaka"), a, "first-contact", 0);

        SearchTerms.Parsed parsed = SearchTerms.parse(List.of("between=開発,Sales", "step>=2", "due<=2026-12-01"),
                List.of(new dev.kakehashi.admin.DepartmentName("sales", "Sales", "営業", true),
                        new dev.kakehashi.admin.DepartmentName("development", "Development", "開発", true)), TODAY);

        assertTrue(parsed.problems().toString(), parsed.ok());
        assertEquals(List.of(issues.byKey.get(a).id()), service.search(parsed.search()));
        List<Long> all = new ArrayList<>(service.search(RequestSearch.any()));
        assertEquals(2, all.size());
    }

    @Test
    public void theIssueTypesAreInstalledOncePerKind() {
        List<RequestTypeInstaller.TypeState> again = installer.install();

        assertEquals(RequestKind.values().length, again.size());
        assertTrue(again.stream().allMatch(RequestTypeInstaller.TypeState::present));
        assertEquals(RequestKind.values().length, new java.util.HashSet<>(installer.issueTypes().values()).size());
        assertEquals(RequestKind.values().length, ao.count(AoIssueTypeBinding.class));
    }

    @Test
    public void aPurposeOverItsLimitIsRefusedWithTheLimit() {
        RequestInput input = new RequestInput("joint-task", "sales", "development", "あ".repeat(1001), "範囲", "", "",
                null, "", "", "");

        List<Problem> problems = problems(() -> create(input), Rejection.Reason.INVALID);

        assertEquals("purpose", problems.get(0).field());
        assertEquals(List.of("1000"), problems.get(0).arguments());
        assertEquals(0, ao.count(AoRequest.class));
    }

    @Test
    public void theNamedPartnerContactAndDecisionOwnerAreToldButNotTheRequesterWhoNamedThem() {
        RequestIssues.IssueRef issue = create(input("", "suzuki", "sato", "2026-12-04"));

        assertEquals(List.of("request-named " + issue.key() + " [KEY-suzuki, KEY-sato] KEY-tanaka"), told);
    }

    @Test
    public void nobodyIsToldAboutARequestTheyMayNotSeeNorAboutWhatTheyDidThemselves() {
        create(input("", "kato", "tanaka", "2026-12-04"));

        assertEquals("kato may not browse the issue; tanaka named himself", List.of(), told);
    }

    @Test
    public void aChangeOfDetailsTellsOnlyThePeopleNewlyNamed() {
        RequestIssues.IssueRef issue = create(input("", "suzuki", "", "2026-12-04"));
        told.clear();

        service.update(key("tanaka"), issue.key(), input("学び", "suzuki", "", "2026-12-04"), 0);
        assertEquals("nobody new", List.of(), told);
        service.update(key("tanaka"), issue.key(), input("学び", "suzuki", "sato", "2026-12-04"), 1);

        assertEquals(List.of("request-named " + issue.key() + " [KEY-sato] KEY-tanaka"), told);
    }

    @Test
    public void aStepMoveAndASharedResultTellTheOtherRoles() {
        RequestIssues.IssueRef issue = create(input("学び", "suzuki", "sato", "2026-12-04"));
        told.clear();

        service.move(key("suzuki"), issue.key(), "first-contact", 0);
        service.shareResult(key("tanaka"), issue.key(), "", "レビュー済み", 1);

        assertEquals(List.of("request-step " + issue.key() + " [KEY-tanaka, KEY-sato] KEY-suzuki",
                "request-result " + issue.key() + " [KEY-suzuki, KEY-sato] KEY-tanaka"), told);
    }

    @Test
    public void aRequestResolvedWithoutAResultTellsItsRolesAndOneWithAResultDoesNot() {
        RequestIssues.IssueRef bare = create(input("", "suzuki", "", "2026-12-04"));
        RequestIssues.IssueRef shared = create(input("", "suzuki", "", "2026-12-04"));
        service.shareResult(key("tanaka"), shared.key(), "", "できた", 0);
        told.clear();

        service.resolved(bare.id(), key("suzuki"));
        service.resolved(shared.id(), key("suzuki"));
        service.resolved(bare.id(), key("suzuki"));

        assertEquals(List.of("request-no-result " + bare.key() + " [KEY-tanaka] KEY-suzuki"), told);
    }

    @Test
    public void overdueRequestsAreRemindedOnceAWeekUntilTheyAreResolved() {
        RequestIssues.IssueRef late = create(input("", "suzuki", "sato", "2026-11-25"));
        RequestIssues.IssueRef onTime = create(input("", "suzuki", "sato", "2026-12-20"));
        dev.kakehashi.testing.MemoryNotifications.Ledger ledger = new dev.kakehashi.testing.MemoryNotifications.Ledger();
        told.clear();
        java.time.Instant now = TODAY.atStartOfDay(ZoneOffset.UTC).toInstant();

        assertEquals(0, service.remindOverdue(LocalDate.of(2026, 11, 25), now, ledger));
        assertEquals(3, service.remindOverdue(LocalDate.of(2026, 11, 26), now, ledger));
        assertEquals("the same week again", 0, service.remindOverdue(LocalDate.of(2026, 11, 27), now, ledger));
        assertEquals("the next week", 3, service.remindOverdue(LocalDate.of(2026, 11, 30), now, ledger));
        service.resolved(late.id(), key("tanaka"));
        issues.resolve(late.key());
        assertEquals("resolved", 0, service.remindOverdue(LocalDate.of(2026, 12, 7), now, ledger));

        assertEquals(List.of("request-overdue " + late.key() + " [KEY-tanaka, KEY-suzuki, KEY-sato] ",
                "request-overdue " + late.key() + " [KEY-tanaka, KEY-suzuki, KEY-sato] ",
                "request-no-result " + late.key() + " [KEY-suzuki, KEY-sato] KEY-tanaka"), told);
        assertTrue(onTime.id() > 0);
    }

    @Test
    public void thePartnerContactWatchesTheIssueOnlyIfTheyMayBrowseIt() {
        RequestIssues.IssueRef issue = create(input("", "suzuki", "sato", "2026-12-04"));
        RequestIssues.IssueRef hidden = create(input("", "kato", "", "2026-12-04"));
        service.update(key("tanaka"), issue.key(), input("学び", "suzuki", "sato", "2026-12-04"), 0);
        service.update(key("tanaka"), issue.key(), input("学び", "takahashi", "sato", "2026-12-04"), 1);

        assertEquals(List.of(issue.key() + " KEY-suzuki", issue.key() + " KEY-takahashi"), issues.watches);
        assertTrue(hidden.id() > 0);
    }

    /**
     * The panel of a request as Jira shows it to tanaka: the view model from the real service, rendered by Velocity
     * with the host's escaping and allowlist, in the given language (the sandbox's request language).
     */
    private String renderedPanel(String issueKey, Locale locale) throws java.io.IOException {
        PluginDescriptor descriptor = PluginDescriptor.load(getClass().getClassLoader(), Product.JIRA);
        BundleI18nResolver i18n = new BundleI18nResolver(descriptor.i18nBundle().orElseThrow(),
                getClass().getClassLoader());
        LocaleResolver locales = mock(LocaleResolver.class);
        when(locales.getLocale()).thenReturn(locale);
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        PageBuilderService pageBuilder = mock(PageBuilderService.class);
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(mock(RequiredResources.class));
        LinkedApplication confluence = new LinkedApplication() {
            @Override
            public Optional<String> displayUrl() {
                return Optional.empty();
            }

            @Override
            public Reply call(String method, String path, String jsonBody) {
                throw new IllegalStateException("the panel makes no call to Confluence");
            }
        };
        people.loggedIn("tanaka");
        RequestPanel panel = new RequestPanel(service, departments, people, locales, i18n, pageBuilder, application,
                confluence);
        java.io.StringWriter out = new java.io.StringWriter();
        RequestContext.begin(null, null, locale, false);
        try {
            new VelocityTemplateRenderer(descriptor.velocityAllowlist(), Map.of())
                    .render("templates/collaboration/issue-panel.vm", panel.panel(Map.of(), issueKey), out);
        } finally {
            RequestContext.end();
        }
        return out.toString();
    }

    private static final Pattern HISTORY_CHANGE = Pattern.compile("<dt>(.*?)</dt>\\s*<dd>"
            + "<span class=\"kakehashi-request-history-before\"><span class=\"assistive\">[^<]*</span>(.*?)</span>\\s*"
            + "<span aria-hidden=\"true\">→</span>\\s*"
            + "<span class=\"kakehashi-request-history-after\"><span class=\"assistive\">[^<]*</span>(.*?)</span></dd>");

    @Test
    public void thePanelHistoryShowsEachChangedFieldBeforeAndAfterEscaped() throws Exception {
        String k = create(input("", "suzuki", "", "")).key();
        service.update(key("tanaka"), k, new RequestInput("joint-task", "sales", "accounting",
                "提案資料を顧客の声に合わせて直したい", "テンプレート <b>2</b> 点のレビュー", "レビュー", "", null, "kato",
                "sato", "2026-12-10"), 0);

        String html = renderedPanel(k, Locale.JAPANESE);

        List<String> shown = new ArrayList<>();
        Matcher change = HISTORY_CHANGE.matcher(html);
        while (change.find()) {
            shown.add(change.group(1) + ": " + change.group(2) + " → " + change.group(3));
        }
        assertEquals(List.of(
                "相手部署: 開発 → 経理",
                "小さな範囲: テンプレート 1 点のレビュー → テンプレート &lt;b&gt;2&lt;/b&gt; 点のレビュー",
                "相手部署の窓口: 鈴木 次郎 → 加藤 四郎",
                "意思決定者: （なし） → 佐藤 花子",
                "期日: （なし） → 2026-12-10"), shown);
        assertFalse("the new scope is escaped", html.contains("<b>2</b>"));
    }

    private static final Pattern HEADING = Pattern.compile("<h3 class=\"kakehashi-request-heading\">(.*?)</h3>");

    private static String heading(String html) {
        Matcher m = HEADING.matcher(html);
        assertTrue(html, m.find());
        return m.group(1);
    }

    @Test
    public void thePanelHeadingLinksEachActiveDepartmentToItsProfileEscapedAndAnInactiveOneNot() throws Exception {
        String k = create(input("", "suzuki", "", "")).key();
        departments.update("sales", new DepartmentInput("sales", "Sales <b>\"", "営業 <b>", List.of("sales"), null));

        assertEquals("共同作業依頼: <a class=\"kakehashi-department-link\" "
                + "href=\"/jira/plugins/servlet/kakehashi/departments/sales\">営業 &lt;b&gt;</a> → "
                + "<a class=\"kakehashi-department-link\" href=\"/jira/plugins/servlet/kakehashi/departments/development\">"
                + "開発</a>", heading(renderedPanel(k, Locale.JAPANESE)));
        assertTrue(heading(renderedPanel(k, Locale.ENGLISH)).contains(">Sales &lt;b&gt;&quot;</a>"));

        departments.update("development", new DepartmentInput("development", "Development", "開発",
                List.of("development"), false));
        String inactive = heading(renderedPanel(k, Locale.ENGLISH));
        assertTrue(inactive, inactive.endsWith("</a> → Development"));
    }

    @Test
    public void theEditFormKeepsADeactivatedDepartmentChosenAndMarksItInactive() throws Exception {
        String k = create(input("", "suzuki", "", "2026-12-04")).key();
        departments.update("development", new DepartmentInput("development", "Development", "開発",
                List.of("development"), false));

        String japanese = renderedPanel(k, Locale.JAPANESE);
        String english = renderedPanel(k, Locale.ENGLISH);

        assertEquals(List.of("development selected 開発（無効）", "sales 営業", "accounting 経理"),
                options(japanese, "kakehashi-request-to"));
        assertEquals(List.of("development selected Development (inactive)", "sales Sales", "accounting Accounting"),
                options(english, "kakehashi-request-to"));
        assertEquals("an active department is not marked", List.of("sales selected 営業", "accounting 経理"),
                options(japanese, "kakehashi-request-from"));
    }

    /** The options of the select with this id but its empty prompt, as "value [selected] label". */
    private static List<String> options(String html, String selectId) {
        Matcher select = Pattern.compile("<select[^>]*\\sid=\"" + Pattern.quote(selectId) + "\"[^>]*>(.*?)</select>",
                Pattern.DOTALL).matcher(html);
        assertTrue("no select " + selectId + " in " + html, select.find());
        List<String> found = new ArrayList<>();
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\"( selected)?>([^<]*)</option>")
                .matcher(select.group(1));
        while (option.find()) {
            if (option.group(1).isEmpty()) {
                continue;
            }
            found.add(option.group(1) + (option.group(2) == null ? "" : " selected") + " " + option.group(3));
        }
        return found;
    }
}
