package dev.kakehashi.events.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.events.AudienceGroup;
import dev.kakehashi.events.AudienceGroup.Kind;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Sites and cohorts on the build's database (HSQLDB, or PostgreSQL or MariaDB by profile). */
public class AoAudienceGroupStoreTest {
    private EntityManagerActiveObjects ao;
    private AoAudienceGroupStore store;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoAudienceGroup.class);
        store = new AoAudienceGroupStore(ao);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    @Test
    public void sitesComeFirstEachKindByKeyAndASecondSaveChangesTheFirst() {
        store.save(new AudienceGroup(Kind.COHORT, "2020", "Joined 2020", "2020年入社", "joined-2020"));
        store.save(new AudienceGroup(Kind.SITE, "tokyo", "Tokyo HQ", "東京本社", "tokyo-office"));
        store.save(new AudienceGroup(Kind.SITE, "osaka", "Osaka", "大阪", "osaka"));
        store.save(new AudienceGroup(Kind.SITE, "osaka", "Osaka office", "大阪支社", "osaka-office"));
        // a cohort may have a site's key: the kind keeps them apart
        store.save(new AudienceGroup(Kind.COHORT, "osaka", "Osaka starters", "大阪採用", "osaka-starters"));

        assertEquals(List.of(
                new AudienceGroup(Kind.SITE, "osaka", "Osaka office", "大阪支社", "osaka-office"),
                new AudienceGroup(Kind.SITE, "tokyo", "Tokyo HQ", "東京本社", "tokyo-office"),
                new AudienceGroup(Kind.COHORT, "2020", "Joined 2020", "2020年入社", "joined-2020"),
                new AudienceGroup(Kind.COHORT, "osaka", "Osaka starters", "大阪採用", "osaka-starters")),
                store.list());
    }

    @Test
    public void removingTakesOnlyThatKindAndKey() {
        store.save(new AudienceGroup(Kind.SITE, "osaka", "Osaka office", "大阪支社", "osaka-office"));
        store.save(new AudienceGroup(Kind.COHORT, "osaka", "Osaka starters", "大阪採用", "osaka-starters"));

        assertTrue(store.remove(Kind.SITE, "osaka"));
        assertFalse(store.remove(Kind.SITE, "osaka"));

        assertEquals(List.of(new AudienceGroup(Kind.COHORT, "osaka", "Osaka starters", "大阪採用", "osaka-starters")),
                store.list());
    }

    @Test
    public void parallelSavesOfOneKeyLeaveOneRow() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<AudienceGroup>> saves = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String name = "Osaka " + i;
                saves.add(() -> store.save(new AudienceGroup(Kind.SITE, "osaka", name, name, "osaka-office")));
            }
            for (Future<AudienceGroup> f : pool.invokeAll(saves)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(1, store.list().size());
    }
}
