package dev.kakehashi.profiles.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.profiles.Challenge;
import dev.kakehashi.profiles.DepartmentProfile;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class AoProfileStoreTest {
    private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");
    private EntityManagerActiveObjects ao;
    private AoProfileStore store;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoDeptProfile.class, AoDeptProfileItem.class);
        store = new AoProfileStore(ao);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    private static DepartmentProfile profile(String key, int version, String doesJa, List<String> contacts,
                                             List<Challenge> challenges) {
        return new DepartmentProfile(key, "We build", doesJa, "Prototypes", "試作", "small-poc", contacts, challenges,
                version, T0.plusSeconds(version), "admin-key");
    }

    private static Challenge challenge(String text, int month) {
        return new Challenge(text, LocalDate.of(2026, month, 1), LocalDate.of(2026, month + 2, 1));
    }

    @Test
    public void aProfileRoundTripsWithItsContactsAndChallengesInOrder() {
        DepartmentProfile written = profile("development", 1, "開発しています", List.of("k2", "k1"),
                List.of(challenge("検証に時間がかかる", 3), challenge("問い合わせが多い", 1)));

        assertTrue(store.save(written));

        assertEquals(written, store.find("development").orElseThrow());
        assertTrue(store.find("sales").isEmpty());
    }

    @Test
    public void emojiAndTenThousandCharacterTextsRoundTripByteForByte() {
        String longText = "開発🚀".repeat(3334);
        String emoji = "🤝 一緒に 👩‍👩‍👧";
        DepartmentProfile written = new DepartmentProfile("dev", emoji, longText, longText, emoji, "", List.of(),
                List.of(new Challenge(emoji + "課題".repeat(240), LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 2, 1))), 1, T0, "admin-key");

        assertTrue(store.save(written));

        DepartmentProfile read = store.find("dev").orElseThrow();
        assertEquals(longText, read.doesJa());
        assertEquals(longText, read.helpEn());
        assertEquals(emoji, read.doesEn());
        assertEquals(written.challenges(), read.challenges());
    }

    @Test
    public void aVersionIsWrittenOnceAndOnlyAfterTheOneBefore() {
        assertFalse("version 2 before 1", store.save(profile("dev", 2, "二", List.of(), List.of())));
        assertTrue(store.save(profile("dev", 1, "一", List.of("a"), List.of())));
        assertFalse("version 1 again", store.save(profile("dev", 1, "一の二", List.of(), List.of())));
        assertTrue(store.save(profile("dev", 2, "二", List.of("b"), List.of())));
        assertTrue(store.save(profile("dev", 3, "三", List.of("c"), List.of())));
        assertFalse("from version 1 after 3", store.save(profile("dev", 2, "古い", List.of(), List.of())));
        assertFalse("skipping a version", store.save(profile("dev", 5, "五", List.of(), List.of())));

        DepartmentProfile read = store.find("dev").orElseThrow();
        assertEquals(3, read.version());
        assertEquals("三", read.doesJa());
        assertEquals(List.of("c"), read.contactKeys());
    }

    @Test
    public void aDepartmentKeepsAtMostTwoVersionsAndTheirItems() {
        for (int v = 1; v <= 5; v++) {
            assertTrue(store.save(profile("dev", v, "v" + v, List.of("a", "b"), List.of(challenge("c", 1)))));
        }
        assertTrue(store.save(profile("sales", 1, "s", List.of("x"), List.of())));

        assertEquals(3, ao.count(AoDeptProfile.class));
        assertEquals(2 * 3 + 1, ao.count(AoDeptProfileItem.class));
        assertEquals(5, store.find("dev").orElseThrow().version());
    }

    @Test
    public void concurrentWritersFromTwoNodesEachWinAVersionOnce() throws Exception {
        TestDatabase.close(ao);
        List<EntityManagerActiveObjects> nodes = TestDatabase.openNodes(2, AoDeptProfile.class,
                AoDeptProfileItem.class);
        ao = nodes.get(0);
        try {
            List<AoProfileStore> stores = nodes.stream().map(AoProfileStore::new).toList();
            AtomicInteger won = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                AoProfileStore mine = stores.get(w % 2);
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 10; i++) {
                        int seen = mine.find("dev").map(DepartmentProfile::version).orElse(0);
                        if (mine.save(profile("dev", seen + 1, "W" + writer, List.of("w" + writer), List.of()))) {
                            won.incrementAndGet();
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

            DepartmentProfile last = stores.get(1).find("dev").orElseThrow();
            assertTrue(won.get() > 0);
            assertEquals(won.get(), last.version());
            assertEquals(List.of("w" + last.doesJa().substring(1)), last.contactKeys());
        } finally {
            TestDatabase.close(nodes.get(1));
        }
    }
}
