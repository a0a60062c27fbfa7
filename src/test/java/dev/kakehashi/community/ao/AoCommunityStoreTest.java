package dev.kakehashi.community.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.community.Approval;
import dev.kakehashi.community.BoardItem;
import dev.kakehashi.community.Community;
import dev.kakehashi.community.Membership;
import dev.kakehashi.community.MonthlyReport;
import dev.kakehashi.community.Session;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class AoCommunityStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final String LONG = "読".repeat(5000) + "😀".repeat(5000);
    private EntityManagerActiveObjects ao;
    private AoCommunityStore store;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoCommunity.class, AoCommunityMember.class, AoCommunityApproval.class,
                AoCommunityBoardItem.class, AoCommunitySession.class, AoCommunityReport.class);
        store = new AoCommunityStore(ao);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    private static Community community(String key, String purpose) {
        return new Community(0, key, "English club", "英会話部", purpose, 42L, "Be kind 🙂", 1, "🗣",
                List.of("英会話", "Reading"), "sponsor-key", List.of("k1", "k2"), Community.State.PILOT,
                Community.Recognition.NONE, T0, "k1", 0);
    }

    @Test
    public void aCommunityRoundTripsWithEmojiAndLongTexts() {
        Community created = store.create(community("english", LONG)).orElseThrow();

        Community read = store.find("english").orElseThrow();
        assertEquals(created, read);
        assertEquals(LONG, read.purpose());
        assertEquals(List.of("英会話", "Reading"), read.themes());
        assertEquals(List.of("k1", "k2"), read.leaderKeys());
        assertEquals(Long.valueOf(42L), read.goalId());
        assertTrue(store.find("other").isEmpty());
    }

    @Test
    public void aTakenKeyIsRefused() {
        assertTrue(store.create(community("english", "a")).isPresent());

        assertTrue(store.create(community("english", "b")).isEmpty());
        assertEquals(1, store.list(10).size());
    }

    @Test
    public void anUpdateChangesStateRecognitionAndRules() {
        Community c = store.create(community("english", "a")).orElseThrow();
        Community changed = new Community(c.id(), c.key(), "English", "英語", "b", null, "new rules", 2, "https://x/a.png",
                List.of(), c.sponsorKey(), c.leaderKeys(), Community.State.OPEN, Community.Recognition.REQUESTED,
                c.createdAt(), c.createdBy(), 0);

        store.update(changed);

        assertEquals(changed, store.find("english").orElseThrow());
    }

    @Test
    public void aPersonIsAMemberOnceAndLeaves() {
        int id = store.create(community("english", "a")).orElseThrow().id();
        Membership m = new Membership(id, "k3", 1, T0, Membership.Ladder.MEMBER);

        assertTrue(store.addMembership(m));
        assertFalse(store.addMembership(m));
        assertEquals(1, store.memberCount(id));
        assertEquals(1, store.find("english").orElseThrow().memberCount());
        assertEquals(m, store.membership(id, "k3").orElseThrow());
        assertEquals(List.of(id), store.communitiesOf("k3"));

        store.updateMembership(new Membership(id, "k3", 2, T0, Membership.Ladder.TEACHER));
        assertEquals(Membership.Ladder.TEACHER, store.membership(id, "k3").orElseThrow().ladder());
        assertEquals(2, store.membership(id, "k3").orElseThrow().acknowledgedVersion());

        assertTrue(store.removeMembership(id, "k3"));
        assertFalse(store.removeMembership(id, "k3"));
        assertEquals(0, store.memberCount(id));
        assertEquals(0, store.find("english").orElseThrow().memberCount());
    }

    @Test
    public void theDailyRecountCorrectsAStaleMemberCount() {
        int id = store.create(community("english", "a")).orElseThrow().id();
        store.addMembership(new Membership(id, "k3", 1, T0, Membership.Ladder.MEMBER));
        AoCommunity row = ao.get(AoCommunity.class, id);
        row.setMemberCount(7);
        row.save();

        assertEquals(1, store.recountMembers());

        assertEquals(1, store.find("english").orElseThrow().memberCount());
    }

    @Test
    public void eachApprovalPartIsRecordedOnce() {
        int id = store.create(community("english", "a")).orElseThrow().id();

        assertTrue(store.approve(new Approval(id, Approval.SPONSOR, "s", T0)));
        assertFalse(store.approve(new Approval(id, Approval.SPONSOR, "other", T0)));
        assertTrue(store.approve(new Approval(id, Approval.department("sales"), "h", T0)));

        assertEquals(List.of(new Approval(id, Approval.SPONSOR, "s", T0),
                new Approval(id, "DEPARTMENT:sales", "h", T0)), store.approvals(id));
        store.clearApprovals(id);
        assertEquals(List.of(), store.approvals(id));
    }

    @Test
    public void theBoardIsNewestFirstAndBounded() {
        int id = store.create(community("english", "a")).orElseThrow().id();
        store.addBoardItem(new BoardItem(0, id, BoardItem.Kind.KNOWLEDGE, 10L, null, "page", "k1", T0));
        store.addBoardItem(new BoardItem(0, id, BoardItem.Kind.ANSWER, null, "/browse/A-1", "答え", "k2",
                T0.plusSeconds(60)));
        store.addBoardItem(new BoardItem(0, id, BoardItem.Kind.SESSION_NOTES, null, "/x", "old", "k2",
                T0.minusSeconds(60)));

        List<BoardItem> board = store.board(id, 2);

        assertEquals(List.of("答え", "page"), board.stream().map(BoardItem::title).toList());
        assertEquals("/browse/A-1", board.get(0).url());
        assertEquals(Long.valueOf(10L), board.get(1).pageId());
    }

    @Test
    public void aBoardItemIsFoundAndRemovedOnlyWithinItsCommunity() {
        int english = store.create(community("english", "a")).orElseThrow().id();
        int books = store.create(community("books", "a")).orElseThrow().id();
        BoardItem item = store.addBoardItem(new BoardItem(0, english, BoardItem.Kind.ANSWER, null, "/browse/A-1",
                "答え", "k1", T0));

        assertEquals("答え", store.boardItem(english, item.id()).orElseThrow().title());
        assertTrue(store.boardItem(books, item.id()).isEmpty());
        assertFalse("another community's id removes nothing", store.removeBoardItem(books, item.id()));
        assertTrue(store.removeBoardItem(english, item.id()));
        assertFalse(store.removeBoardItem(english, item.id()));
        assertEquals(List.of(), store.board(english, 10));
    }

    @Test
    public void sessionsAreReadByMonthAndEarlierAttendeesAreKnown() {
        int id = store.create(community("english", "a")).orElseThrow().id();
        store.addSession(new Session(0, id, LocalDate.of(2026, 10, 31), Session.Format.OFFLINE, List.of("a", "b")));
        store.addSession(new Session(0, id, LocalDate.of(2026, 11, 1), Session.Format.ONLINE, List.of("b", "c")));
        store.addSession(new Session(0, id, LocalDate.of(2026, 12, 1), Session.Format.ONLINE, List.of("d")));

        List<Session> november = store.held(id, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));

        assertEquals(1, november.size());
        assertEquals(List.of("b", "c"), november.get(0).attendeeKeys());
        assertEquals(Session.Format.ONLINE, november.get(0).format());
        assertEquals(Set.of("a", "b"), store.attendedBefore(id, LocalDate.of(2026, 11, 1)));
    }

    @Test
    public void aMonthsReportIsWrittenOnceAndTheLatestIsRead() {
        int id = store.create(community("english", "a")).orElseThrow().id();
        MonthlyReport october = new MonthlyReport(id, YearMonth.of(2026, 10), 13, 2, 250, 40,
                Map.of("sales", 12, "development", 5), 60, T0, Map.of("recorded", 12, "lunch", 2, "book-club", 1));
        MonthlyReport november = new MonthlyReport(id, YearMonth.of(2026, 11), 1, 0, 3, 3, Map.of(), 0, T0);

        assertTrue(store.saveReport(october));
        assertFalse(store.saveReport(october));
        assertTrue(store.hasReport(id, YearMonth.of(2026, 10)));
        assertFalse(store.hasReport(id, YearMonth.of(2026, 11)));
        assertEquals(october, store.latestReport(id).orElseThrow());
        assertTrue(store.saveReport(november));
        assertEquals(november, store.latestReport(id).orElseThrow());
    }

    @Test
    public void concurrentJoinsFromTwoNodesAddEachPersonOnceAndTheRecountMatchesTheRows() throws Exception {
        TestDatabase.close(ao);
        List<EntityManagerActiveObjects> nodes = TestDatabase.openNodes(2, AoCommunity.class,
                AoCommunityMember.class, AoCommunityApproval.class, AoCommunityBoardItem.class,
                AoCommunitySession.class, AoCommunityReport.class, AoCommunityPin.class);
        ao = nodes.get(0);
        try {
            List<AoCommunityStore> stores = nodes.stream().map(AoCommunityStore::new).toList();
            int id = stores.get(0).create(community("english", "a")).orElseThrow().id();
            AtomicInteger added = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                AoCommunityStore mine = stores.get(w % 2);
                done.add(pool.submit(() -> {
                    start.await();
                    // every writer tries the same 30 people: each joins once
                    for (int i = 0; i < 30; i++) {
                        if (mine.addMembership(new Membership(id, "p" + i, 1, T0, Membership.Ladder.MEMBER))) {
                            added.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();

            assertEquals(30, added.get());
            assertEquals(30, stores.get(1).memberCount(id));
            stores.get(1).recountMembers();
            assertEquals(30, stores.get(0).find("english").orElseThrow().memberCount());
        } finally {
            TestDatabase.close(nodes.get(1));
        }
    }
}
