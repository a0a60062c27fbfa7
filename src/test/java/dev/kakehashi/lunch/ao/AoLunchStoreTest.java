package dev.kakehashi.lunch.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.lunch.Cadence;
import dev.kakehashi.lunch.Pairs;
import dev.kakehashi.lunch.Participation;
import dev.kakehashi.lunch.Programme;
import dev.kakehashi.lunch.Round;
import dev.kakehashi.lunch.Seat;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class AoLunchStoreTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 9);
    private static final Instant T0 = Instant.parse("2026-12-09T03:00:00Z");
    @SuppressWarnings("unchecked")
    private static final Class<? extends net.java.ao.RawEntity<?>>[] TABLES = new Class[] {AoLunchProgramme.class,
        AoLunchMember.class, AoLunchApart.class, AoLunchRound.class, AoLunchSeat.class};
    private EntityManagerActiveObjects ao;
    private AoLunchStore store;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(TABLES);
        store = new AoLunchStore(ao);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    private static Programme programme(String key, String nameJa) {
        return new Programme(key, "Tokyo lunch 🍱", nameJa, "Tokyo HQ", Cadence.BIWEEKLY, DayOfWeek.WEDNESDAY,
                LocalDate.of(2026, 12, 2), 4, 2, 3, true);
    }

    private static Round round(String programme, LocalDate date) {
        return new Round(0, programme, date, 42L, 6, 2, 0, 1, 0, 0, false, T0);
    }

    private static List<Seat> seats(String... users) {
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < users.length; i++) {
            seats.add(new Seat(0, i / 3 + 1, users[i], i % 2 == 0 ? List.of("sales", "dev") : List.of(), i % 5,
                    null));
        }
        return seats;
    }

    @Test
    public void aProgrammeRoundTripsIsChangedAndItsKeyIsTakenOnce() {
        String longName = "昼食🍙".repeat(33) + "昼";
        assertTrue(store.create(programme("tokyo", longName)));
        assertFalse(store.create(programme("tokyo", "別")));

        assertEquals(programme("tokyo", longName), store.programme("tokyo").orElseThrow());

        Programme changed = new Programme("tokyo", "Lunch", "ランチ", "", Cadence.MONTHLY, DayOfWeek.FRIDAY,
                LocalDate.of(2027, 1, 1), 5, 1, 0, false);
        assertTrue(store.update(changed));
        assertFalse(store.update(programme("osaka", "x")));
        assertEquals(List.of(changed), store.programmes());
    }

    @Test
    public void participationIsOneRowPerPersonThatOptsInOutAndSnoozes() {
        store.save(new Participation("tokyo", "u1", true, null));
        store.save(new Participation("tokyo", "u2", true, null));
        store.save(new Participation("tokyo", "u1", true, LocalDate.of(2026, 12, 31)));
        store.save(new Participation("osaka", "u1", false, null));

        assertEquals(new Participation("tokyo", "u1", true, LocalDate.of(2026, 12, 31)),
                store.participation("tokyo", "u1").orElseThrow());
        assertEquals(2, store.participations("tokyo").size());
        assertFalse(store.participation("osaka", "u1").orElseThrow().optedIn());
        assertTrue(store.participation("osaka", "u2").isEmpty());
    }

    @Test
    public void aPairIsKeptApartOnceInEitherOrder() {
        assertTrue(store.addApart("tokyo", "u2", "u1"));
        assertFalse(store.addApart("tokyo", "u1", "u2"));
        assertTrue(store.addApart("osaka", "u1", "u2"));

        assertEquals(List.of(Pairs.of("u1", "u2")), store.apart("tokyo"));
        assertTrue(store.removeApart("tokyo", "u1", "u2"));
        assertFalse(store.removeApart("tokyo", "u1", "u2"));
        assertEquals(List.of(), store.apart("tokyo"));
        assertEquals(1, store.apart("osaka").size());
    }

    @Test
    public void aRoundIsWrittenOnceWithItsSeatsAndASecondWriteOfTheSameDayWritesNothing() {
        Round written = store.save(round("tokyo", DAY), seats("u1", "u2", "u3", "u4", "u5", "u6")).orElseThrow();

        assertTrue(store.save(round("tokyo", DAY), seats("x1", "x2", "x3")).isEmpty());

        assertEquals(written, store.round("tokyo", DAY).orElseThrow());
        assertEquals(written, store.round(written.id()).orElseThrow());
        List<Seat> seats = store.seats(List.of(written.id()));
        assertEquals(6, seats.size());
        Seat first = seats.stream().filter(s -> s.userKey().equals("u1")).findFirst().orElseThrow();
        assertEquals(new Seat(written.id(), 1, "u1", List.of("sales", "dev"), 0, null), first);
        assertTrue(store.save(round("tokyo", DAY.plusDays(14)), seats("u1", "u2")).isPresent());
        assertEquals(List.of(DAY.plusDays(14), DAY), store.rounds("tokyo", 10).stream().map(Round::date).toList());
    }

    @Test
    public void twoNodesFormingTheSameRoundAtOnceWriteItOnce() throws Exception {
        TestDatabase.close(ao);
        List<EntityManagerActiveObjects> nodes = TestDatabase.openNodes(2, TABLES);
        ao = nodes.get(0);
        try {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<Round>>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                AoLunchStore mine = new AoLunchStore(nodes.get(w % 2));
                String who = "w" + w;
                done.add(pool.submit(() -> {
                    start.await();
                    return mine.save(round("tokyo", DAY), seats(who + "a", who + "b", who + "c"));
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Optional<Round>> f : done) {
                won += f.get(2, TimeUnit.MINUTES).isPresent() ? 1 : 0;
            }
            pool.shutdown();

            assertEquals(1, won);
            Round round = new AoLunchStore(nodes.get(1)).round("tokyo", DAY).orElseThrow();
            assertEquals(3, store(nodes.get(1)).seats(List.of(round.id())).size());
        } finally {
            TestDatabase.close(nodes.get(1));
        }
    }

    private static AoLunchStore store(EntityManagerActiveObjects node) {
        return new AoLunchStore(node);
    }

    @Test
    public void answersAreRecordedPerPersonAndRoundsAreAskedOnce() {
        Round round = store.save(round("tokyo", DAY), seats("u1", "u2", "u3")).orElseThrow();

        assertTrue(store.answer(round.id(), "u2", true));
        assertTrue(store.answer(round.id(), "u3", false));
        assertFalse(store.answer(round.id(), "stranger", true));

        List<Seat> mine = store.seatsOf("u2", 10);
        assertEquals(1, mine.size());
        assertEquals(Boolean.TRUE, mine.get(0).met());
        assertEquals(Boolean.FALSE, store.seatsOf("u3", 10).get(0).met());
        assertNull(store.seatsOf("u1", 10).get(0).met());

        assertTrue(store.roundsToAsk(DAY.minusDays(1)).isEmpty());
        assertEquals(List.of(round.id()), store.roundsToAsk(DAY).stream().map(Round::id).toList());
        store.markAsked(round.id());
        assertTrue(store.roundsToAsk(DAY.plusDays(3)).isEmpty());
        assertTrue(store.round(round.id()).orElseThrow().asked());
    }

    @Test
    public void deletingAProgrammeRemovesItsPeoplePairsRoundsAndSeatsOnly() {
        store.create(programme("tokyo", "東京"));
        store.create(programme("osaka", "大阪"));
        store.save(new Participation("tokyo", "u1", true, null));
        store.save(new Participation("osaka", "u1", true, null));
        store.addApart("tokyo", "u1", "u2");
        Round tokyo = store.save(round("tokyo", DAY), seats("u1", "u2", "u3")).orElseThrow();
        Round osaka = store.save(round("osaka", DAY), seats("u1", "u2", "u3")).orElseThrow();

        store.delete("tokyo");

        assertTrue(store.programme("tokyo").isEmpty());
        assertTrue(store.participations("tokyo").isEmpty());
        assertTrue(store.apart("tokyo").isEmpty());
        assertTrue(store.rounds("tokyo", 5).isEmpty());
        assertTrue(store.seats(List.of(tokyo.id())).isEmpty());
        assertEquals(3, store.seats(List.of(osaka.id())).size());
        assertEquals(1, store.participations("osaka").size());
    }
}
