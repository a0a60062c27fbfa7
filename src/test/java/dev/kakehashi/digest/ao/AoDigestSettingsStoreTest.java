package dev.kakehashi.digest.ao;

import static org.junit.Assert.assertEquals;

import dev.kakehashi.digest.DigestSettings;
import dev.kakehashi.digest.DigestSettingsService;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.Rejections;
import dev.kakehashi.testing.TestDatabase;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import java.time.DayOfWeek;
import java.util.List;
import net.java.ao.DBParam;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The digest settings as settings rows on a real database: the default, a round trip, a row nobody can read. */
public class AoDigestSettingsStoreTest {
    private EntityManagerActiveObjects ao;
    private AoDigestSettingsStore store;

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoSetting.class);
        store = new AoDigestSettingsStore(ao);
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    @Test
    public void mondayEightWeeksAndFourteenDaysUntilSavedThenWhatWasSaved() {
        assertEquals(new DigestSettings(DayOfWeek.MONDAY, 8, 14), store.get());
        store.save(new DigestSettings(DayOfWeek.FRIDAY, 52, 365));
        assertEquals(new DigestSettings(DayOfWeek.FRIDAY, 52, 365), store.get());
        store.save(new DigestSettings(DayOfWeek.TUESDAY, 1, 1));
        assertEquals(new DigestSettings(DayOfWeek.TUESDAY, 1, 1), store.get());
        assertEquals("one row per setting", 3, ao.count(AoSetting.class));
    }

    @Test
    public void anUnreadableRowMeansTheDefault() {
        ao.create(AoSetting.class, new DBParam(AoSetting.NAME, "digest.weekday"), new DBParam(AoSetting.VALUE, "Caturday"));
        ao.create(AoSetting.class, new DBParam(AoSetting.NAME, "digest.quietWeeks"), new DBParam(AoSetting.VALUE, "0"));
        ao.create(AoSetting.class, new DBParam(AoSetting.NAME, "digest.stuckDays"), new DBParam(AoSetting.VALUE, "x"));
        assertEquals(DigestSettings.DEFAULT, store.get());
    }

    @Test
    public void theServiceRefusesAnUnknownWeekdayAndNumbersOutOfRangeAndKeepsWhatIsLeftOut() {
        DigestSettingsService service = new DigestSettingsService(store, new MemoryCaches());
        assertEquals(List.of("weekday", "quietWeeks", "stuckDays"), Rejections.problems(
                () -> service.update("someday", 0, 366), Rejection.Reason.INVALID).stream().map(Problem::field).toList());
        assertEquals(DigestSettings.DEFAULT, store.get());
        assertEquals(new DigestSettings(DayOfWeek.SUNDAY, 8, 14), service.update("sunday", null, null));
        assertEquals(new DigestSettings(DayOfWeek.SUNDAY, 3, 14), service.update(null, 3, null));
        assertEquals(new DigestSettings(DayOfWeek.SUNDAY, 3, 14), store.get());
    }
}
