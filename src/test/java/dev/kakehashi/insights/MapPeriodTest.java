package dev.kakehashi.insights;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import org.junit.Test;

public class MapPeriodTest {
    @Test
    public void standardWindowsEndYesterdayAndThePreviousOneEndsTheDayBefore() {
        MapPeriod ninety = MapPeriod.standard(90, LocalDate.of(2026, 12, 7));
        assertEquals(LocalDate.of(2026, 9, 8), ninety.from());
        assertEquals(LocalDate.of(2026, 12, 6), ninety.to());
        assertEquals(90, ninety.days());
        MapPeriod before = ninety.previous();
        assertEquals(LocalDate.of(2026, 6, 10), before.from());
        assertEquals(LocalDate.of(2026, 9, 7), before.to());
        assertEquals("D90", MapPeriod.windowKey(90, false));
        assertEquals("P365", MapPeriod.windowKey(365, true));
        assertTrue(MapPeriod.isStandard(30));
        assertFalse(MapPeriod.isStandard(60));
    }

    @Test
    public void aCustomRangeIncludesBothEndsAndOverlapsWhatMeetsIt() {
        MapPeriod one = MapPeriod.custom(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1));
        assertEquals(1, one.days());
        assertEquals(LocalDate.of(2025, 12, 31), one.previous().to());
        assertTrue(one.overlaps(LocalDate.of(2025, 1, 1), null));
        assertTrue(one.overlaps(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)));
        assertFalse(one.overlaps(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertFalse(one.overlaps(LocalDate.of(2026, 1, 2), null));
    }
}
