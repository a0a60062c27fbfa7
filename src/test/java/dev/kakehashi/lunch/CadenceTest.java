package dev.kakehashi.lunch;

import static org.junit.Assert.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class CadenceTest {
    /** The days of December 2026 and January 2027 a round falls on. */
    private static List<String> days(Cadence cadence, DayOfWeek weekday, LocalDate startsOn) {
        List<String> due = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 12, 1); d.isBefore(LocalDate.of(2027, 2, 1)); d = d.plusDays(1)) {
            if (cadence.dueOn(d, weekday, startsOn)) {
                due.add(d.toString());
            }
        }
        return due;
    }

    @Test
    public void weeklyRoundsFallOnTheWeekdayFromTheFirstDay() {
        assertEquals(List.of("2026-12-16", "2026-12-23", "2026-12-30", "2027-01-06", "2027-01-13", "2027-01-20",
                "2027-01-27"), days(Cadence.WEEKLY, DayOfWeek.WEDNESDAY, LocalDate.of(2026, 12, 10)));
    }

    @Test
    public void biweeklyRoundsCountFromTheFirstSuchWeekday() {
        assertEquals(List.of("2026-12-16", "2026-12-30", "2027-01-13", "2027-01-27"),
                days(Cadence.BIWEEKLY, DayOfWeek.WEDNESDAY, LocalDate.of(2026, 12, 10)));
    }

    @Test
    public void monthlyRoundsFallOnTheMonthsFirstSuchWeekday() {
        assertEquals(List.of("2026-12-04", "2027-01-01"),
                days(Cadence.MONTHLY, DayOfWeek.FRIDAY, LocalDate.of(2026, 12, 1)));
    }
}
