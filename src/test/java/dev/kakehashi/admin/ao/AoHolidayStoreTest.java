package dev.kakehashi.admin.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.admin.HolidayChange;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The company's holiday changes on the test database (HSQLDB, or PostgreSQL and MariaDB through their profiles). */
public class AoHolidayStoreTest {
    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);
    private static final LocalDate FOUNDING = LocalDate.of(2026, 10, 1);
    private EntityManagerActiveObjects ao;
    private AoHolidayStore store;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoHoliday.class);
        store = new AoHolidayStore(ao);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    @Test
    public void addedDaysAndRemovalsComeBackByDateAndOneDateHoldsOneChange() {
        String emoji = "創立記念日 🎉 " + "記".repeat(90);
        store.put(HolidayChange.added(LocalDate.of(2026, 12, 29), "年末休暇", "Year-end holiday"));
        store.put(HolidayChange.removal(NEW_YEAR));
        store.put(HolidayChange.added(FOUNDING, emoji, "Founding day 🎉"));

        assertEquals(List.of(HolidayChange.added(FOUNDING, emoji, "Founding day 🎉"),
                HolidayChange.added(LocalDate.of(2026, 12, 29), "年末休暇", "Year-end holiday"),
                HolidayChange.removal(NEW_YEAR)), store.changes());

        store.put(HolidayChange.added(NEW_YEAR, "元日", "New Year's Day"));
        assertEquals(HolidayChange.added(NEW_YEAR, "元日", "New Year's Day"), store.changes().get(2));
        assertEquals(3, ao.count(AoHoliday.class));
    }

    @Test
    public void restoringDeletesTheRemovalsOnlyAndADeleteNamesItsDate() {
        store.put(HolidayChange.removal(NEW_YEAR));
        store.put(HolidayChange.removal(LocalDate.of(2027, 3, 22)));
        store.put(HolidayChange.added(FOUNDING, "創立記念日", "Founding day"));

        assertEquals(2, store.deleteRemovals());
        assertEquals(List.of(HolidayChange.added(FOUNDING, "創立記念日", "Founding day")), store.changes());
        assertTrue(store.delete(FOUNDING));
        assertFalse(store.delete(FOUNDING));
        assertEquals(List.of(), store.changes());
    }

    @Test
    public void aRowWhoseDateIsNoDateIsLeftOut() {
        ao.create(AoHoliday.class, java.util.Map.of(AoHoliday.DATE, "2026-13-01", AoHoliday.REMOVED, false));
        ao.create(AoHoliday.class, java.util.Map.of(AoHoliday.DATE, "0-営業😀xx", AoHoliday.REMOVED, true));
        store.put(HolidayChange.removal(NEW_YEAR));

        assertEquals(List.of(HolidayChange.removal(NEW_YEAR)), store.changes());
    }
}
