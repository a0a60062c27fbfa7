package dev.kakehashi.admin.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.admin.CompanyCalendar;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.time.ZoneId;
import net.java.ao.DBParam;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class AoCompanyCalendarStoreTest {
    private EntityManagerActiveObjects ao;
    private AoCompanyCalendarStore store;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoSetting.class);
        store = new AoCompanyCalendarStore(ao);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    @Test
    public void tokyoAndNoWeekendsUntilAnAdministratorChooses() {
        assertEquals(new CompanyCalendar(ZoneId.of("Asia/Tokyo"), true), store.get());

        store.save(new CompanyCalendar(ZoneId.of("Europe/London"), false));
        store.save(new CompanyCalendar(ZoneId.of("America/New_York"), false));

        assertEquals(new CompanyCalendar(ZoneId.of("America/New_York"), false), store.get());
        assertEquals(3, ao.count(AoSetting.class));
    }

    @Test
    public void holidaysAreLeftOutUntilAnAdministratorKeepsThem() {
        assertTrue(store.get().skipHolidays());
        store.save(new CompanyCalendar(ZoneId.of("Asia/Tokyo"), true, false, java.util.Set.of()));
        assertFalse(store.get().skipHolidays());
        assertTrue(store.get().skipWeekends());
    }

    @Test
    public void anUnreadableZoneMeansTheDefaultZone() {
        ao.create(AoSetting.class, new DBParam(AoSetting.NAME, "calendar.zone"), new DBParam(AoSetting.VALUE, "Mars/Olympus"));

        assertEquals(CompanyCalendar.DEFAULT, store.get());
    }
}
