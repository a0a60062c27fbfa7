package dev.kakehashi.knowledge;

import static dev.kakehashi.testing.FakePeople.key;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.admin.DepartmentInput;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.knowledge.ao.AoKnowledgeDepartment;
import dev.kakehashi.knowledge.ao.AoKnowledgePage;
import dev.kakehashi.knowledge.ao.AoKnowledgeStore;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.Rejections;
import dev.kakehashi.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
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

public class KnowledgeServiceTest {
    private final FakePeople people = new FakePeople().with("tanaka", "田中", "sales").with("kato", "加藤", "accounting")
            .with("suzuki", "鈴木", "development");
    private EntityManagerActiveObjects ao;
    private KnowledgeService service;
    /** Pages that exist, by id, in DEMO (everyone) or DEV (suzuki only); kato may view but edit nothing. */
    private final Map<Long, KnowledgePages.PageRef> existing = new HashMap<>();
    private final Set<Long> devPages = new HashSet<>();
    private final List<String> recorded = new ArrayList<>();
    private LinkState answer = LinkState.RECORDED;

    private final KnowledgePages pages = new KnowledgePages() {
        @Override
        public Optional<PageRef> page(long pageId) {
            return Optional.ofNullable(existing.get(pageId));
        }

        @Override
        public Optional<PageRef> visiblePage(long pageId, String userKey) {
            return page(pageId).filter(p -> !devPages.contains(pageId) || userKey.equals(key("suzuki")));
        }

        @Override
        public boolean canEdit(long pageId, String userKey) {
            return visiblePage(pageId, userKey).isPresent() && !userKey.equals(key("kato"));
        }

        @Override
        public boolean canViewSpace(String spaceKey, String userKey) {
            return spaceKey.equals("DEMO") || userKey.equals(key("suzuki"));
        }

        @Override
        public List<SpaceRef> spacesForNewPages(String userKey) {
            return List.of(new SpaceRef("DEMO", "デモ"));
        }
    };

    private final LinkedRequests requests = new LinkedRequests() {
        @Override
        public Optional<LinkedRequest> find(String issueKey) {
            return Optional.empty();
        }

        @Override
        public LinkState record(String issueKey, String pageUrl, String pageTitle) {
            recorded.add(issueKey + " " + pageUrl + " " + pageTitle);
            return answer;
        }

        @Override
        public LinkState recordThanks(String issueKey, long pageId) {
            recorded.add("thanks " + issueKey + " " + pageId);
            return answer;
        }

        @Override
        public Optional<String> issueUrl(String issueKey) {
            return Optional.of("http://jira/browse/" + issueKey);
        }
    };

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoKnowledgePage.class, AoKnowledgeDepartment.class, AoDepartment.class,
                AoDepartmentGroup.class);
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), people.groups(g -> true), people,
                new MemoryCaches());
        departments.create(new DepartmentInput("sales", "Sales", "営業", List.of("sales"), null));
        departments.create(new DepartmentInput("development", "Development", "開発", List.of("development"), null));
        service = new KnowledgeService(new AoKnowledgeStore(ao), pages, requests, departments,
                Clock.fixed(Instant.parse("2026-12-04T01:00:00Z"), ZoneOffset.UTC));
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    private long page(long id, String space, String title) {
        existing.put(id, new KnowledgePages.PageRef(id, space, title, "http://wiki/pages/viewpage.action?pageId=" + id));
        if (space.equals("DEV")) {
            devPages.add(id);
        }
        return id;
    }

    private static Map<String, Object> wizard(String kind, String title, String departments, String request) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("kakehashiKind", kind);
        fields.put("title", title);
        fields.put("kakehashiDepartments", departments);
        fields.put("kakehashiRequest", request);
        fields.put("kakehashiSummary", "半分になった");
        return fields;
    }

    private static dev.kakehashi.thanks.Thanks thanks(String contextId, dev.kakehashi.thanks.Thanks.Visibility visibility,
                                                     List<String> departments) {
        return new dev.kakehashi.thanks.Thanks(7, key("sato"), List.of(key("suzuki")), "", "ありがとう", "",
                dev.kakehashi.thanks.ThanksContext.page(Long.parseLong(contextId)), visibility, Instant.now(),
                List.of("sales"), departments, true, dev.kakehashi.thanks.Thanks.State.ACTIVE);
    }

    @Test
    public void aPublicThanksOnAResultsPageIsPassedOnToTheRequestItRecords() {
        page(100, "DEMO", "成果と学び");
        page(101, "DEMO", "計画");
        service.pageCreated(100, key("tanaka"), wizard("results", "成果と学び", "sales,development", "collab-3"));
        service.pageCreated(101, key("tanaka"), wizard("owwh-plan", "計画", "sales,development", "collab-3"));
        recorded.clear();
        ResultPageThanks passing = new ResultPageThanks(new AoKnowledgeStore(ao), requests);

        passing.sent(thanks("101", dev.kakehashi.thanks.Thanks.Visibility.PUBLIC, List.of("development")));
        passing.sent(thanks("100", dev.kakehashi.thanks.Thanks.Visibility.PRIVATE, List.of("development")));
        passing.sent(thanks("102", dev.kakehashi.thanks.Thanks.Visibility.PUBLIC, List.of("development")));
        assertEquals("only public thanks on results pages naming a request", List.of(), recorded);

        passing.sent(thanks("100", dev.kakehashi.thanks.Thanks.Visibility.PUBLIC, List.of("development")));
        assertEquals(List.of("thanks COLLAB-3 100"), recorded);
        answer = LinkState.UNREACHABLE;
        passing.sent(thanks("100", dev.kakehashi.thanks.Thanks.Visibility.PUBLIC, List.of("development")));
    }

    @Test
    public void aResultsPageIsKeptAndRecordedOnItsRequestAsItsCreator() {
        page(100, "DEMO", "成果と学び");
        KnowledgePage kept = service.pageCreated(100, key("tanaka"),
                wizard("results", "成果と学び", "sales,development", "collab-3")).orElseThrow();
        assertEquals(LinkState.RECORDED, kept.linkState());
        assertEquals(List.of("COLLAB-3 http://wiki/pages/viewpage.action?pageId=100 成果と学び"), recorded);
        KnowledgeLog log = service.log(key("kato"), new KnowledgeQuery(KnowledgeKind.RESULTS, "DEMO", null, 0, 10));
        assertEquals(1, log.entries().size());
        KnowledgePage listed = log.entries().get(0).page();
        assertEquals(List.of("sales", "development"), listed.departments());
        assertEquals("半分になった", listed.summary());
        assertEquals(LinkState.RECORDED, listed.linkState());
    }

    @Test
    public void pagesOfOtherBlueprintsAndGonePagesAreIgnored() {
        page(101, "DEMO", "x");
        assertTrue(service.pageCreated(101, key("tanaka"), Map.of("title", "meeting")).isEmpty());
        assertTrue(service.pageCreated(999, key("tanaka"), wizard("results", "gone", "sales", "")).isEmpty());
        assertTrue(service.pageCreated(101, key("tanaka"), null).isEmpty());
        assertEquals(List.of(), recorded);
    }

    @Test
    public void onlyResultsPagesNamingARequestAreRecordedAndAPageIsKeptOnce() {
        page(102, "DEMO", "plan");
        assertEquals(LinkState.NONE, service.pageCreated(102, key("tanaka"),
                wizard("owwh-plan", "plan", "sales", "COLLAB-3")).orElseThrow().linkState());
        page(103, "DEMO", "results");
        assertEquals(LinkState.NONE, service.pageCreated(103, key("tanaka"), wizard("results", "r", "sales", ""))
                .orElseThrow().linkState());
        KnowledgePage again = service.pageCreated(102, key("kato"), wizard("owwh-plan", "other", "", ""))
                .orElseThrow();
        assertEquals("plan", again.title());
        assertEquals(key("tanaka"), again.creatorKey());
        assertEquals(List.of(), recorded);
    }

    @Test
    public void theLogShowsOnlyPagesTheReaderMayViewAndPagesThroughThemNewestFirst() {
        for (long id = 200; id < 212; id++) {
            page(id, id % 3 == 0 ? "DEV" : "DEMO", "p" + id);
            service.pageCreated(id, key("tanaka"), wizard("results", "p" + id, id % 2 == 0 ? "sales" : "development",
                    ""));
        }
        KnowledgeLog first = service.log(key("kato"), new KnowledgeQuery(KnowledgeKind.RESULTS, null, null, 0, 3));
        assertEquals(List.of("p211", "p209", "p208"), titles(first));
        KnowledgeLog second = service.log(key("kato"), new KnowledgeQuery(KnowledgeKind.RESULTS, null, null,
                first.next(), 3));
        assertEquals(List.of("p206", "p205", "p203"), titles(second));
        KnowledgeLog all = service.log(key("suzuki"), new KnowledgeQuery(KnowledgeKind.RESULTS, null, "sales", 0, 50));
        assertEquals(List.of("p210", "p208", "p206", "p204", "p202", "p200"), titles(all));
        assertEquals(0, all.next());
        assertTrue(service.log(key("kato"), new KnowledgeQuery(KnowledgeKind.RESULTS, "DEV", null, 0, 50))
                .entries().isEmpty());
        assertTrue(service.log(key("kato"), new KnowledgeQuery(KnowledgeKind.MEETING, null, null, 0, 50))
                .entries().isEmpty());
    }

    @Test
    public void aLogNeedsAReader() {
        Rejections.problems(() -> service.log(null, new KnowledgeQuery(KnowledgeKind.RESULTS, null, null, 0, 5)),
                Rejection.Reason.UNAUTHENTICATED);
    }

    @Test
    public void aPageNotRecordedCanBeTriedAgainByItsCreatorOrAnEditorOnly() {
        page(300, "DEMO", "成果");
        answer = LinkState.UNREACHABLE;
        assertEquals(LinkState.UNREACHABLE, service.pageCreated(300, key("tanaka"),
                wizard("results", "成果", "sales", "COLLAB-4")).orElseThrow().linkState());
        KnowledgeLog log = service.log(key("tanaka"), new KnowledgeQuery(KnowledgeKind.RESULTS, "DEMO", null, 0, 5));
        assertTrue(log.entries().get(0).mayRetryLink());
        assertFalse(service.log(key("kato"), new KnowledgeQuery(KnowledgeKind.RESULTS, "DEMO", null, 0, 5))
                .entries().get(0).mayRetryLink());
        Rejections.problems(() -> service.retryLink(key("kato"), 300), Rejection.Reason.FORBIDDEN);
        Rejections.problems(() -> service.retryLink(key("tanaka"), 404), Rejection.Reason.NOT_FOUND);
        answer = LinkState.RECORDED;
        assertEquals(LinkState.RECORDED, service.retryLink(key("suzuki"), 300).linkState());
        assertEquals(2, recorded.size());
        Rejections.problems(() -> service.retryLink(key("tanaka"), 300), Rejection.Reason.INVALID);
    }

    @Test
    public void aHiddenPageCannotBeTriedAgainAndAnswersAsIfItDidNotExist() {
        page(301, "DEV", "秘密");
        answer = LinkState.REFUSED;
        service.pageCreated(301, key("suzuki"), wizard("results", "秘密", "development", "COLLAB-4"));
        Rejections.problems(() -> service.retryLink(key("kato"), 301), Rejection.Reason.NOT_FOUND);
    }

    private static List<String> titles(KnowledgeLog log) {
        return log.entries().stream().map(e -> e.ref().title()).toList();
    }
}
