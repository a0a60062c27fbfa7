package dev.kakehashi.community;

import static dev.kakehashi.testing.FakePeople.key;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.admin.DepartmentInput;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.community.ao.AoCommunity;
import dev.kakehashi.community.ao.AoCommunityApproval;
import dev.kakehashi.community.ao.AoCommunityBoardItem;
import dev.kakehashi.community.ao.AoCommunityMember;
import dev.kakehashi.community.ao.AoCommunityPin;
import dev.kakehashi.community.ao.AoPinEvidence;
import dev.kakehashi.community.ao.AoCommunityReport;
import dev.kakehashi.community.ao.AoCommunitySession;
import dev.kakehashi.community.ao.AoCommunityStore;
import dev.kakehashi.goals.GoalService;
import dev.kakehashi.goals.ao.AoGoal;
import dev.kakehashi.goals.ao.AoGoalItem;
import dev.kakehashi.goals.ao.AoGoalStore;
import dev.kakehashi.goals.ao.AoGoalUpdate;
import dev.kakehashi.goals.jira.NoGoalSpaces;
import dev.kakehashi.insights.ao.AoDepartmentMapStore;
import dev.kakehashi.knowledge.KnowledgePages;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.profiles.DepartmentProfile;
import dev.kakehashi.profiles.ao.AoDeptProfile;
import dev.kakehashi.profiles.ao.AoDeptProfileItem;
import dev.kakehashi.profiles.ao.AoProfileStore;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.Rejections;
import dev.kakehashi.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class CommunityServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private final FakePeople people = new FakePeople()
            .with("tanaka", "田中 美咲", "sales")
            .with("suzuki", "鈴木 大輔", "development")
            .with("sato", "佐藤 部長", "sales")
            .with("yamada", "山田 部長", "development")
            .with("kimura", "木村 役員")
            .with("ito", "伊藤 遥", "support")
            .with("kato", "加藤", "sales")
            .with("outsider", "外部", "sales")
            .with("mori", "森", "sales")
            .with("endo", "遠藤", "support")
            .with("admin", "Administrator")
            .admin("admin");
    private EntityManagerActiveObjects ao;
    private CommunityService service;
    private AoCommunityStore store;
    private AoProfileStore profiles;
    /** Pages the fake host lets each reader see: page id → reader keys. */
    private final Map<Long, List<String>> pageReaders = new java.util.HashMap<>();

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoCommunity.class, AoCommunityMember.class, AoCommunityApproval.class,
                AoCommunityBoardItem.class, AoCommunitySession.class, AoCommunityReport.class, AoDepartment.class,
                AoDepartmentGroup.class, AoDeptProfile.class, AoDeptProfileItem.class, AoSetting.class, AoGoal.class,
                AoGoalUpdate.class, AoGoalItem.class, AoCommunityPin.class, dev.kakehashi.thanks.ao.AoThanks.class,
                dev.kakehashi.knowledge.ao.AoKnowledgePage.class, dev.kakehashi.collaboration.ao.AoRequest.class);
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), people.groups(g -> true),
                people, new MemoryCaches());
        departments.create(new DepartmentInput("sales", "Sales", "営業", List.of("sales"), null));
        departments.create(new DepartmentInput("development", "Development", "開発", List.of("development"), null));
        departments.create(new DepartmentInput("support", "Support", "カスタマーサポート", List.of("support"), null));
        profiles = new AoProfileStore(ao);
        heads("sales", "sato");
        heads("development", "yamada");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        store = new AoCommunityStore(ao);
        GoalService goals = new GoalService(new AoGoalStore(ao), new NoGoalSpaces(), people, departments, clock);
        AoDepartmentMapStore settings = new AoDepartmentMapStore(ao, TestDatabase.jdbc(ao));
        settings.saveMinimumGroup(3);
        service = new CommunityService(store, departments, profiles, people, goals, new Pages(), settings,
                new AoPinEvidence(ao), new RecordedSessions(store), new MemoryCaches(), clock);
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    private void heads(String department, String... usernames) {
        profiles.save(new DepartmentProfile(department, "", "", "", "", "",
                java.util.Arrays.stream(usernames).map(FakePeople::key).toList(), List.of(), 1, NOW, "admin"));
    }

    private final class Pages implements KnowledgePages {
        @Override
        public Optional<PageRef> page(long pageId) {
            return Optional.of(new PageRef(pageId, "KB", "Page " + pageId, "/pages/" + pageId));
        }

        @Override
        public Optional<PageRef> visiblePage(long pageId, String userKey) {
            return pageReaders.getOrDefault(pageId, List.of()).contains(userKey) ? page(pageId) : Optional.empty();
        }

        @Override
        public boolean canEdit(long pageId, String userKey) {
            return false;
        }

        @Override
        public boolean canViewSpace(String spaceKey, String userKey) {
            return false;
        }

        @Override
        public List<SpaceRef> spacesForNewPages(String userKey) {
            return List.of();
        }
    }

    private static CommunityInput input(String key, String sponsor, String... leaders) {
        return new CommunityInput(key, "English club", "英会話部", "Speak more", null, "Be kind", "EN",
                List.of("英会話", "ランチ会"), sponsor, List.of(leaders));
    }

    private Community pilot() {
        return service.create(key("tanaka"), input("english", "kimura", "suzuki"));
    }

    @Test
    public void leadersFromOneDepartmentAreRefusedWithAClearError() {
        List<Problem> problems = Rejections.problems(() -> service.create(key("tanaka"),
                input("english", "kimura", "kato")), Rejection.Reason.INVALID);

        assertEquals(List.of(new Problem("leaders", "kakehashi.community.error.leaders.departments", List.of())),
                problems);
        assertTrue(store.find("english").isEmpty());
    }

    @Test
    public void theSponsorCannotLeadAndUnsafeLogosAreRefused() {
        CommunityInput bad = new CommunityInput("english", "E", "英", "p", null, "r", "<img src=x>", List.of(),
                "suzuki", List.of("suzuki"));

        List<Problem> problems = Rejections.problems(() -> service.create(key("tanaka"), bad),
                Rejection.Reason.INVALID);

        assertEquals(List.of("logo", "sponsor"), problems.stream().map(Problem::field).sorted().toList());
    }

    @Test
    public void aPilotIsInvisibleToOutsidersAndVisibleToItsPeople() {
        Community c = pilot();

        assertEquals(Community.State.PILOT, c.state());
        assertEquals(List.of(key("tanaka"), key("suzuki")), c.leaderKeys());
        Rejections.problems(() -> service.visible(key("outsider"), "english"), Rejection.Reason.NOT_FOUND);
        Rejections.problems(() -> service.visible(key("outsider"), "nothing"), Rejection.Reason.NOT_FOUND);
        assertEquals(List.of(), service.list(key("outsider")));
        for (String reader : List.of("tanaka", "suzuki", "kimura", "sato", "yamada")) {
            assertEquals(reader, "english", service.visible(key(reader), "english").key());
        }
        assertEquals(2, service.read(key("tanaka"), "english").memberCount());
    }

    @Test
    public void onlyPeopleALeaderAddedJoinAPilotAndEveryoneJoinsOnceOpen() {
        pilot();
        Rejections.problems(() -> service.join(key("ito"), "english", 1), Rejection.Reason.NOT_FOUND);
        Rejections.problems(() -> service.addMember(key("ito"), "english", "ito"), Rejection.Reason.NOT_FOUND);

        assertTrue(service.addMember(key("suzuki"), "english", "ito"));
        assertFalse(service.read(key("ito"), "english").acknowledged());
        Rejections.problems(() -> service.join(key("ito"), "english", 0), Rejection.Reason.INVALID);
        assertEquals(1, service.join(key("ito"), "english", 1).acknowledgedVersion());
        assertTrue(service.read(key("ito"), "english").acknowledged());

        Rejections.problems(() -> service.open(key("ito"), "english"), Rejection.Reason.FORBIDDEN);
        service.open(key("tanaka"), "english");
        service.join(key("outsider"), "english", 1);
        assertEquals(4, service.read(key("outsider"), "english").memberCount());
        service.leave(key("outsider"), "english");
        assertEquals(3, service.read(key("outsider"), "english").memberCount());
        Rejections.problems(() -> service.leave(key("tanaka"), "english"), Rejection.Reason.CONFLICT);
    }

    @Test
    public void changedRulesAreAcknowledgedAgainAtTheirNewVersion() {
        pilot();
        service.addMember(key("tanaka"), "english", "ito");
        service.join(key("ito"), "english", 1);

        Community changed = service.update(key("tanaka"), "english", new CommunityInput(null, "English club",
                "英会話部", "Speak more", null, "Be kind, and on time", "EN", List.of(), null, null));

        assertEquals(2, changed.rulesVersion());
        assertFalse(service.read(key("ito"), "english").acknowledged());
        service.join(key("ito"), "english", 2);
        assertTrue(service.read(key("ito"), "english").acknowledged());
    }

    @Test
    public void recognitionNeedsTheSponsorAndEveryLeadersDepartmentHeadButNoLeader() {
        pilot();
        Rejections.problems(() -> service.approve(key("kimura"), "english"), Rejection.Reason.CONFLICT);
        service.requestRecognition(key("suzuki"), "english");
        assertEquals(List.of("SPONSOR", "DEPARTMENT:sales", "DEPARTMENT:development"),
                service.read(key("kimura"), "english").parts());

        Rejections.problems(() -> service.approve(key("tanaka"), "english"), Rejection.Reason.FORBIDDEN);
        service.addMember(key("tanaka"), "english", "ito");
        Rejections.problems(() -> service.approve(key("ito"), "english"), Rejection.Reason.FORBIDDEN);
        assertEquals(List.of("SPONSOR"), service.read(key("kimura"), "english").approvableParts());

        assertEquals(Community.Recognition.REQUESTED, service.approve(key("kimura"), "english").recognition());
        assertEquals(Community.Recognition.REQUESTED, service.approve(key("sato"), "english").recognition());
        assertEquals(Community.Recognition.RECOGNISED, service.approve(key("yamada"), "english").recognition());
        assertEquals(Community.Recognition.RECOGNISED, store.find("english").orElseThrow().recognition());
    }

    @Test
    public void aHeadWhoLeadsCannotApproveAndAnAdministratorApprovesForADepartmentWithoutContacts() {
        assertTrue(profiles.save(new DepartmentProfile("sales", "", "", "", "", "", List.of(key("tanaka")), List.of(),
                2, NOW, "admin")));
        assertTrue(profiles.save(new DepartmentProfile("development", "", "", "", "", "", List.of(), List.of(), 2, NOW,
                "admin")));
        pilot();
        service.requestRecognition(key("tanaka"), "english");

        Rejections.problems(() -> service.approve(key("tanaka"), "english"), Rejection.Reason.FORBIDDEN);
        Rejections.problems(() -> service.approve(key("sato"), "english"), Rejection.Reason.NOT_FOUND);
        service.approve(key("admin"), "english");

        assertEquals(List.of("DEPARTMENT:development"), store.approvals(store.find("english").orElseThrow().id())
                .stream().map(Approval::part).toList());
    }

    @Test
    public void theBoardShowsOnlyPagesTheReaderMaySeeAndAddressesWithinTheHost() {
        pilot();
        service.open(key("tanaka"), "english");
        service.join(key("ito"), "english", 1);
        pageReaders.put(7L, List.of(key("ito")));
        Rejections.problems(() -> service.addToBoard(key("outsider"), "english", "KNOWLEDGE", null, "/x", "t"),
                Rejection.Reason.FORBIDDEN);
        List<Problem> problems = Rejections.problems(() -> service.addToBoard(key("ito"), "english", "ANSWER", null,
                "https://evil.example/x", "t"), Rejection.Reason.INVALID);
        assertEquals("url", problems.get(0).field());
        Rejections.problems(() -> service.addToBoard(key("tanaka"), "english", "KNOWLEDGE", 7L, null, "hidden"),
                Rejection.Reason.INVALID);

        service.addToBoard(key("ito"), "english", "KNOWLEDGE", 7L, null, "my notes");
        service.addToBoard(key("ito"), "english", "ANSWER", null, "/browse/KB-1", "答え");

        assertEquals(List.of("答え", "Page 7"), service.board(key("ito"), "english").stream()
                .map(CommunityService.BoardEntry::title).toList());
        assertEquals(List.of("答え"), service.board(key("tanaka"), "english").stream()
                .map(CommunityService.BoardEntry::title).toList());
    }

    @Test
    public void anOutputLeavesTheBoardByWhoAddedItOrALeaderOnly() {
        pilot();
        service.open(key("tanaka"), "english");
        service.join(key("ito"), "english", 1);
        service.join(key("kato"), "english", 1);
        BoardItem first = service.addToBoard(key("ito"), "english", "ANSWER", null, "/browse/KB-1", "答え");
        BoardItem second = service.addToBoard(key("ito"), "english", "ANSWER", null, "/browse/KB-2", "二つ目");
        BoardItem third = service.addToBoard(key("kato"), "english", "ANSWER", null, "/browse/KB-3", "三つ目");

        Rejections.problems(() -> service.removeFromBoard(key("kato"), "english", first.id()),
                Rejection.Reason.FORBIDDEN);
        Rejections.problems(() -> service.removeFromBoard(key("ito"), "english", 999_999),
                Rejection.Reason.NOT_FOUND);
        service.removeFromBoard(key("ito"), "english", first.id());
        service.removeFromBoard(key("tanaka"), "english", third.id());
        Rejections.problems(() -> service.removeFromBoard(key("ito"), "english", first.id()),
                Rejection.Reason.NOT_FOUND);

        assertEquals(List.of("二つ目"), service.board(key("ito"), "english").stream()
                .map(CommunityService.BoardEntry::title).toList());
        assertEquals(second.id(), service.board(key("ito"), "english").get(0).item().id());
    }

    @Test
    public void leadersHandOverAndANewSponsorAsksForTheRecognitionAgain() {
        pilot();
        Rejections.problems(() -> service.changePeople(key("ito"), "english", List.of("suzuki", "kato"), "kimura"),
                Rejection.Reason.NOT_FOUND);
        assertEquals(List.of("leaders"), Rejections.problems(() -> service.changePeople(key("tanaka"), "english",
                List.of("tanaka", "kato"), "kimura"), Rejection.Reason.INVALID).stream().map(Problem::field).toList());
        assertEquals(List.of("sponsor"), Rejections.problems(() -> service.changePeople(key("tanaka"), "english",
                List.of("suzuki", "ito"), "ito"), Rejection.Reason.INVALID).stream().map(Problem::field).toList());
        service.requestRecognition(key("tanaka"), "english");
        service.approve(key("kimura"), "english");

        Community handedOver = service.changePeople(key("tanaka"), "english", List.of("suzuki", "kato"), "kimura");

        assertEquals(List.of(key("suzuki"), key("kato")), handedOver.leaderKeys());
        assertEquals("the same departments and sponsor: the approval stands", List.of("SPONSOR"),
                store.approvals(handedOver.id()).stream().map(Approval::part).toList());
        assertTrue("a new leader is a member", store.membership(handedOver.id(), key("kato")).isPresent());
        Rejections.problems(() -> service.changePeople(key("tanaka"), "english", List.of("tanaka", "suzuki"),
                "kimura"), Rejection.Reason.FORBIDDEN);

        Community newSponsor = service.changePeople(key("suzuki"), "english", List.of("suzuki", "kato"), "yamada");

        assertEquals(key("yamada"), newSponsor.sponsorKey());
        assertEquals(Community.Recognition.REQUESTED, newSponsor.recognition());
        assertEquals("kimura's approval does not count for yamada", List.of(),
                store.approvals(newSponsor.id()).stream().map(Approval::part).toList());
    }

    @Test
    public void theLadderIsSetByLeadersOnlyForMembers() {
        pilot();
        service.addMember(key("tanaka"), "english", "ito");

        Rejections.problems(() -> service.setLadder(key("ito"), "english", "ito", "TEACHER"),
                Rejection.Reason.FORBIDDEN);
        Rejections.problems(() -> service.setLadder(key("tanaka"), "english", "kato", "TEACHER"),
                Rejection.Reason.INVALID);
        assertEquals(Membership.Ladder.PRESENTER, service.setLadder(key("tanaka"), "english", "ito", "PRESENTER")
                .ladder());
        assertEquals(Membership.Ladder.PRESENTER,
                service.read(key("ito"), "english").membership().orElseThrow().ladder());
    }

    @Test
    public void theMonthlyReportCountsSessionsPeopleRepeatsAndOnlyDepartmentsOfAtLeastK() {
        pilot();
        List<String> sales = new ArrayList<>(List.of("tanaka", "sato", "kato"));
        service.recordSession(key("tanaka"), "english", "2026-10-20", "OFFLINE", List.of("tanaka", "suzuki"));
        service.recordSession(key("tanaka"), "english", "2026-11-05", "ONLINE", sales);
        service.recordSession(key("tanaka"), "english", "2026-11-19", "ONLINE", List.of("tanaka", "suzuki"));
        service.recordSession(key("tanaka"), "english", "2026-11-26", "OFFLINE", List.of("ito"));
        Rejections.problems(() -> service.recordSession(key("tanaka"), "english", "2026-11-31", "LUNCH",
                List.of("nobody")), Rejection.Reason.INVALID);

        assertEquals("none yet (and the cache holds none)", java.util.Optional.empty(),
                service.latestReport(key("tanaka"), "english"));
        assertEquals(1, service.writeMonthlyReports());
        assertEquals(0, service.writeMonthlyReports());

        MonthlyReport r = service.latestReport(key("tanaka"), "english").orElseThrow();
        assertEquals(YearMonth.of(2026, 11), r.month());
        assertEquals(2, r.sessionsOnline());
        assertEquals(1, r.sessionsOffline());
        assertEquals(6, r.attendances());
        assertEquals(5, r.uniquePeople());
        // sales has 3 people (k = 3); development (suzuki) and support (ito) have one each and are not shown
        assertEquals(Map.of("sales", 3), r.departments());
        // tanaka and suzuki of 5 had attended in October
        assertEquals(40, r.repeatPercent());
    }

    @Test
    public void aGoalTheCreatorCannotSeeIsRefused() {
        CommunityInput withGoal = new CommunityInput("english", "E", "英", "p", 99L, "r", "", List.of(), "kimura",
                List.of("suzuki"));

        List<Problem> problems = Rejections.problems(() -> service.create(key("tanaka"), withGoal),
                Rejection.Reason.INVALID);

        assertEquals("goalId", problems.get(0).field());
    }

    @Test
    public void theFirstPinFinderIsForTheSponsorAtMostTwoPerDepartmentAndPinsAreNamedOnceTheyAccept() {
        pilot();
        Instant in = NOW.minusSeconds(86400);
        // sales: kato 3, outsider 2, mori 1 (only two kept); support: ito and endo; tanaka leads, kimura sponsors
        for (int i = 0; i < 3; i++) {
            dev.kakehashi.community.ao.AoPinEvidenceTest.thanks(ao, "|" + key("kato") + "|", true, "PUBLIC",
                    "ACTIVE", in);
        }
        dev.kakehashi.community.ao.AoPinEvidenceTest.thanks(ao, "|" + key("outsider") + "|" + key("tanaka") + "|",
                true, "PUBLIC", "ACTIVE", in);
        dev.kakehashi.community.ao.AoPinEvidenceTest.resultsPage(ao, 1, "results", key("outsider"), in);
        dev.kakehashi.community.ao.AoPinEvidenceTest.resultsPage(ao, 2, "results", key("mori"), in);
        dev.kakehashi.community.ao.AoPinEvidenceTest.request(ao, 1, 5, key("ito"), key("endo"), in);

        Rejections.problems(() -> service.firstPinCandidates(key("tanaka"), "english"), Rejection.Reason.FORBIDDEN);
        Rejections.problems(() -> service.firstPinCandidates(key("ito"), "english"), Rejection.Reason.NOT_FOUND);
        Map<String, List<CommunityService.Candidate>> found = service.firstPinCandidates(key("kimura"), "english");

        assertEquals(List.of("sales", "support"), List.copyOf(found.keySet()));
        assertEquals(List.of("kato", "outsider"), found.get("sales").stream().map(c -> c.person().username())
                .sorted().toList());
        assertEquals(new dev.kakehashi.community.PinEvidence.Evidence(1, 1, 0), found.get("sales").stream()
                .filter(c -> c.person().username().equals("outsider")).findFirst().orElseThrow().evidence());
        assertEquals(2, found.get("support").size());

        assertTrue(service.invitePin(key("kimura"), "english", "ito"));
        assertFalse(service.invitePin(key("kimura"), "english", "ito"));
        assertEquals(List.of(), service.firstPins(store.find("english").orElseThrow()));
        assertEquals("the invitee sees the pilot to answer", "english", service.visible(key("ito"), "english").key());
        assertEquals(1, service.firstPinCandidates(key("kimura"), "english").get("support").size());

        assertEquals(Pin.State.ACCEPTED, service.answerPin(key("ito"), "english", true).state());
        Rejections.problems(() -> service.answerPin(key("ito"), "english", false), Rejection.Reason.CONFLICT);
        assertEquals(List.of("ito"), service.firstPins(store.find("english").orElseThrow()).stream()
                .map(dev.kakehashi.platform.Person::username).toList());
        assertTrue(service.read(key("ito"), "english").member());
    }
}
