package dev.kakehashi.admin;

import static dev.kakehashi.testing.Rejections.problems;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.admin.ao.AoHoliday;
import dev.kakehashi.admin.ao.AoHolidayStore;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class CompanyCalendarServiceTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private CompanyCalendar saved = CompanyCalendar.DEFAULT;
    private EntityManagerActiveObjects ao;
    private CompanyCalendarService service;

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoHoliday.class);
        service = new CompanyCalendarService(new CompanyCalendarStore() {
            @Override
            public CompanyCalendar get() {
                return saved;
            }

            @Override
            public void save(CompanyCalendar calendar) {
                saved = calendar;
            }
        }, new AoHolidayStore(ao), new MemoryCaches(), Clock.fixed(Instant.parse("2026-12-06T23:00:00Z"),
                ZoneOffset.UTC));
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + " " + p.messageKey()).toList();
    }

    @Test
    public void aRegionIdIsSavedAndAMissingFieldKeepsItsSetting() {
        CompanyCalendar london = service.update("Europe/London", null, null);
        assertEquals(LONDON, london.zone());
        assertTrue(london.skipWeekends());
        assertTrue(london.skipHolidays());
        assertEquals(new CompanyCalendar(LONDON, false, true, Set.of()), service.update(null, false, null)
                .withHolidays(Set.of()));
        assertEquals(new CompanyCalendar(LONDON, false, false, Set.of()), service.update(null, null, false)
                .withHolidays(Set.of()));
        assertEquals(saved, service.calendar().withHolidays(Set.of()));
    }

    @Test
    public void offsetsUnknownNamesAndBlanksAreRefusedAndNothingIsSaved() {
        for (String zone : List.of("+09:00", "JST+9", "Asia/Nowhere", "Z")) {
            assertEquals(zone, List.of("kakehashi.admin.calendar.error.zone"),
                    problems(() -> service.update(zone, false, null), Rejection.Reason.INVALID).stream()
                            .map(p -> p.messageKey()).toList());
        }
        assertEquals(List.of("kakehashi.error.required"), problems(() -> service.update(" ", false, null),
                Rejection.Reason.INVALID).stream().map(p -> p.messageKey()).toList());
        assertEquals(CompanyCalendar.DEFAULT, saved);
    }

    @Test
    public void theCompanysDayIsCountedInItsZoneAndWeekendsAreLeftOutUnlessChosen() {
        // Sunday 6 December 23:00 in London is Monday 7 December 08:00 in Tokyo
        Instant at = Instant.parse("2026-12-06T23:00:00Z");
        CompanyCalendar tokyo = CompanyCalendar.DEFAULT;
        assertEquals(LocalDate.of(2026, 12, 7), tokyo.day(at));
        assertTrue(tokyo.workingDay(tokyo.day(at)));
        CompanyCalendar london = new CompanyCalendar(LONDON, true);
        assertFalse(london.workingDay(london.day(at)));
        assertFalse(london.workingDay(LocalDate.of(2026, 12, 5)));
        assertTrue(new CompanyCalendar(LONDON, false).workingDay(london.day(at)));
    }

    @Test
    public void aNationalHolidayAndACompanyDayAreNotWorkingDaysAndARemovedOneIs() {
        LocalDate vernalEquinox = LocalDate.of(2026, 3, 20);
        LocalDate substitute = LocalDate.of(2026, 5, 6);
        LocalDate yearEnd = LocalDate.of(2026, 12, 29);
        assertFalse("a Friday, 春分の日", service.calendar().workingDay(vernalEquinox));
        assertFalse("a Wednesday, 振替休日", service.calendar().workingDay(substitute));
        assertFalse("a Tuesday, 国民の休日", service.calendar().workingDay(LocalDate.of(2026, 9, 22)));
        assertTrue("a Tuesday like any other", service.calendar().workingDay(yearEnd));

        Holiday added = service.add(" 2026-12-29 ", "年末休暇", "Year-end holiday");
        assertEquals(new Holiday(yearEnd, "年末休暇", "Year-end holiday", Holiday.Origin.COMPANY, false), added);
        assertFalse(service.calendar().workingDay(yearEnd));

        service.remove("2026-05-06");
        assertTrue("the company works on it", service.calendar().workingDay(substitute));
        assertFalse(service.calendar().workingDay(vernalEquinox));

        service.update(null, null, false);
        assertTrue("holidays kept", service.calendar().workingDay(vernalEquinox));
        assertTrue(service.calendar().workingDay(yearEnd));
        service.update(null, null, true);

        service.remove("2026-12-29");
        assertTrue(service.calendar().workingDay(yearEnd));
    }

    @Test
    public void aYearListsTheNationalHolidaysTheRemovedOnesAndTheCompanysOwnByDate() {
        service.add("2026-12-30", "年末休暇", "Year-end holiday");
        service.remove("2026-01-01");

        List<Holiday> year = service.holidays(2026);
        assertEquals(19, year.size());
        assertEquals(new Holiday(LocalDate.of(2026, 1, 1), "元日", "New Year's Day", Holiday.Origin.NATIONAL, true),
                year.get(0));
        assertEquals(new Holiday(LocalDate.of(2026, 9, 22), "国民の休日", "Citizens' holiday",
                Holiday.Origin.NATIONAL, false), year.get(13));
        assertEquals(Holiday.Origin.COMPANY, year.get(18).origin());
        assertEquals(17, service.holidays(2027).size());
        assertEquals(List.of(), service.holidays(2028));
        assertEquals(2026, service.currentYear());
        assertEquals(List.of(2026, 2027), service.years());
        assertEquals(2027, service.lastPublishedYear());

        assertEquals(1, service.restoreNational());
        assertTrue(service.holidays(2026).get(0).inForce());
        assertEquals("the company's day stays", 19, service.holidays(2026).size());
        assertFalse(service.calendar().workingDay(LocalDate.of(2026, 1, 1)));
    }

    @Test
    public void oneRemovedNationalHolidayIsRestoredAndTheOtherRemovalsStay() {
        service.remove("2026-01-01");
        service.remove("2026-11-03");
        service.add("2026-12-30", "年末休暇", "Year-end holiday");

        service.restore("2026-11-03");
        assertFalse(service.calendar().workingDay(LocalDate.of(2026, 11, 3)));
        assertTrue("the other removal stays", service.calendar().workingDay(LocalDate.of(2026, 1, 1)));
        assertEquals(new Holiday(LocalDate.of(2026, 11, 3), "文化の日", "Culture Day", Holiday.Origin.NATIONAL,
                false), service.holidays(2026).stream().filter(h -> h.date().equals(LocalDate.of(2026, 11, 3)))
                .findFirst().orElseThrow());

        for (String notRemoved : new String[] {"2026-11-03", "2026-12-30", "2026-02-11", "2026-06-01", "1999-01-01",
                "2026/01/01", null}) {
            assertEquals(notRemoved, List.of("date kakehashi.admin.holidays.error.notRemoved"),
                    keys(problems(() -> service.restore(notRemoved), Rejection.Reason.NOT_FOUND)));
        }
        assertFalse("the company's day stays", service.calendar().workingDay(LocalDate.of(2026, 12, 30)));
        assertTrue(service.calendar().workingDay(LocalDate.of(2026, 1, 1)));
    }

    @Test
    public void aRemovedNationalHolidayAddedAgainBecomesACompanyDay() {
        service.remove("2027-03-22");
        Holiday again = service.add("2027-03-22", "振替休日", "Substitute holiday");
        assertEquals(Holiday.Origin.COMPANY, again.origin());
        assertFalse(service.calendar().workingDay(LocalDate.of(2027, 3, 22)));
        assertEquals(1, service.holidays(2027).stream().filter(h -> h.date().equals(LocalDate.of(2027, 3, 22)))
                .count());
    }

    @Test
    public void badDatesTakenDaysAndMissingOrLongNamesAreRefusedTogetherAndNothingIsSaved() {
        assertEquals(List.of("date kakehashi.admin.holidays.error.date", "nameJa kakehashi.error.required",
                "nameEn kakehashi.error.too.long"), keys(problems(() -> service.add("2026/12/29", " ",
                "x".repeat(CompanyCalendarService.NAME_MAX + 1)), Rejection.Reason.INVALID)));
        assertEquals(List.of("date kakehashi.error.required"), keys(problems(() -> service.add(null, "休", "Off"),
                Rejection.Reason.INVALID)));
        assertEquals(List.of("date kakehashi.error.date.range"), keys(problems(() -> service.add("1999-12-31",
                "休", "Off"), Rejection.Reason.INVALID)));
        assertEquals(List.of("date kakehashi.admin.holidays.error.taken"), keys(problems(() -> service.add(
                "2026-11-03", "文化の日", "Culture Day"), Rejection.Reason.INVALID)));
        service.add("2026-12-29", "年末休暇", "Year-end holiday");
        assertEquals(List.of("date kakehashi.admin.holidays.error.taken"), keys(problems(() -> service.add(
                "2026-12-29", "年末", "Year end"), Rejection.Reason.INVALID)));
        assertEquals(List.of("year kakehashi.error.date.range"), keys(problems(() -> service.holidays(2101),
                Rejection.Reason.INVALID)));
        assertEquals(1, ao.count(AoHoliday.class));
        String exactlyLongEnough = "休".repeat(CompanyCalendarService.NAME_MAX);
        assertEquals(exactlyLongEnough, service.add("2026-12-31", exactlyLongEnough, "Off").nameJa());
    }

    @Test
    public void aYearHoldsAHundredCompanyDaysAtMost() {
        LocalDate day = LocalDate.of(2030, 1, 1);
        for (int i = 0; i < CompanyCalendarService.COMPANY_DAYS_PER_YEAR; i++) {
            service.add(day.plusDays(i).toString(), "休", "Off");
        }
        assertEquals(List.of("date kakehashi.admin.holidays.error.full"), keys(problems(() -> service.add(
                "2030-12-31", "休", "Off"), Rejection.Reason.INVALID)));
        service.add("2031-01-01", "休", "Off");
        assertEquals(List.of(2026, 2027, 2028, 2029, 2030, 2031), service.years());
    }

    @Test
    public void removingADayThatIsNoHolidayIsNotFound() {
        for (String date : List.of("2026-12-01", "2026-13-01", "nonsense", "1999-01-01")) {
            assertEquals(date, List.of("date kakehashi.admin.holidays.error.none"), keys(problems(
                    () -> service.remove(date), Rejection.Reason.NOT_FOUND)));
        }
        service.remove("2026-01-01");
        assertEquals("already removed", List.of("date kakehashi.admin.holidays.error.none"), keys(problems(
                () -> service.remove("2026-01-01"), Rejection.Reason.NOT_FOUND)));
    }
}
