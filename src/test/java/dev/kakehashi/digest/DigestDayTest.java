package dev.kakehashi.digest;

import static org.junit.Assert.assertEquals;

import dev.kakehashi.admin.CompanyCalendar;
import dev.kakehashi.admin.Holiday;
import dev.kakehashi.admin.NationalHolidays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/**
 * The digest day with the company calendar as it is in force (Japan's published holidays): the chosen weekday, moved
 * to the next working day past weekends and holidays, and named by its week's chosen day.
 */
public class DigestDayTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final CompanyCalendar JAPAN = CompanyCalendar.DEFAULT.withHolidays(national());

    private static Set<LocalDate> national() {
        Set<LocalDate> days = new HashSet<>();
        for (Holiday day : NationalHolidays.japan().all()) {
            days.add(day.date());
        }
        return days;
    }

    private static Optional<LocalDate> due(CompanyCalendar calendar, DayOfWeek weekday, String day) {
        return DigestDay.weekDueOn(calendar, weekday, LocalDate.parse(day));
    }

    @Test
    public void anOrdinaryMondayIsTheDigestDayOfItsWeekAndNoOtherDayIs() {
        assertEquals(Optional.of(LocalDate.of(2026, 12, 7)), due(JAPAN, DayOfWeek.MONDAY, "2026-12-07"));
        for (String day : new String[] {"2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11", "2026-12-12",
                "2026-12-13"}) {
            assertEquals(day, Optional.empty(), due(JAPAN, DayOfWeek.MONDAY, day));
        }
        assertEquals(Optional.of(LocalDate.of(2026, 12, 9)), due(JAPAN, DayOfWeek.WEDNESDAY, "2026-12-09"));
    }

    @Test
    public void aMondayHolidayMovesTheDigestToTuesday() {
        // 成人の日, Monday 11 January 2027
        assertEquals(Optional.empty(), due(JAPAN, DayOfWeek.MONDAY, "2027-01-11"));
        assertEquals(Optional.of(LocalDate.of(2027, 1, 11)), due(JAPAN, DayOfWeek.MONDAY, "2027-01-12"));
        assertEquals(Optional.empty(), due(JAPAN, DayOfWeek.MONDAY, "2027-01-13"));
    }

    @Test
    public void goldenWeekMovesTheMondayDigestToThursdayPastThreeHolidays() {
        // 4 May みどりの日, 5 May こどもの日, 6 May 振替休日 (2026)
        for (String day : new String[] {"2026-05-04", "2026-05-05", "2026-05-06"}) {
            assertEquals(day, Optional.empty(), due(JAPAN, DayOfWeek.MONDAY, day));
        }
        assertEquals(Optional.of(LocalDate.of(2026, 5, 4)), due(JAPAN, DayOfWeek.MONDAY, "2026-05-07"));
        assertEquals(Optional.empty(), due(JAPAN, DayOfWeek.MONDAY, "2026-05-08"));
    }

    @Test
    public void aFridayHolidayMovesTheDigestIntoTheNextWeekStillNamedByItsOwnWeek() {
        // New Year's Day, Friday 1 January 2027: the digest of that week goes out on Monday 4 January
        assertEquals(Optional.empty(), due(JAPAN, DayOfWeek.FRIDAY, "2027-01-01"));
        assertEquals(Optional.of(LocalDate.of(2027, 1, 1)), due(JAPAN, DayOfWeek.FRIDAY, "2027-01-04"));
        assertEquals(Optional.of(LocalDate.of(2027, 1, 8)), due(JAPAN, DayOfWeek.FRIDAY, "2027-01-08"));
    }

    @Test
    public void aWeekendDayMovesToMondayUnlessTheCompanyWorksWeekends() {
        assertEquals(Optional.empty(), due(JAPAN, DayOfWeek.SATURDAY, "2026-12-05"));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 5)), due(JAPAN, DayOfWeek.SATURDAY, "2026-12-07"));
        CompanyCalendar weekends = new CompanyCalendar(TOKYO, false, true, national());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 5)), due(weekends, DayOfWeek.SATURDAY, "2026-12-05"));
        assertEquals(Optional.empty(), due(weekends, DayOfWeek.SATURDAY, "2026-12-07"));
    }

    @Test
    public void aCompanyDayOffMovesTheDigestAndAWorkedNationalHolidayDoesNot() {
        CompanyCalendar closed = JAPAN.withHolidays(Set.of(LocalDate.of(2026, 12, 7)));
        assertEquals(Optional.empty(), due(closed, DayOfWeek.MONDAY, "2026-12-07"));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 7)), due(closed, DayOfWeek.MONDAY, "2026-12-08"));
        CompanyCalendar worksHolidays = new CompanyCalendar(TOKYO, true, false, national());
        assertEquals(Optional.of(LocalDate.of(2027, 1, 11)), due(worksHolidays, DayOfWeek.MONDAY, "2027-01-11"));
    }
}
