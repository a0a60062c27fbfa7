package dev.kakehashi.admin;

import static dev.kakehashi.testing.Rejections.problems;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.platform.Rejection;
import dev.kakehashi.testing.MemoryCaches;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.Test;

public class CompanyCalendarServiceTest {
    private CompanyCalendar saved = CompanyCalendar.DEFAULT;
    private final CompanyCalendarService service = new CompanyCalendarService(new CompanyCalendarStore() {
        @Override
        public CompanyCalendar get() {
            return saved;
        }

        @Override
        public void save(CompanyCalendar calendar) {
            saved = calendar;
        }
    }, new MemoryCaches());

    @Test
    public void aRegionIdIsSavedAndAMissingFieldKeepsItsSetting() {
        assertEquals(new CompanyCalendar(ZoneId.of("Europe/London"), true), service.update("Europe/London", null));
        assertEquals(new CompanyCalendar(ZoneId.of("Europe/London"), false), service.update(null, false));
        assertEquals(saved, service.calendar());
    }

    @Test
    public void offsetsUnknownNamesAndBlanksAreRefusedAndNothingIsSaved() {
        for (String zone : List.of("+09:00", "JST+9", "Asia/Nowhere", "Z")) {
            assertEquals(zone, List.of("kakehashi.admin.calendar.error.zone"),
                    problems(() -> service.update(zone, false), Rejection.Reason.INVALID).stream()
                            .map(p -> p.messageKey()).toList());
        }
        assertEquals(List.of("kakehashi.error.required"), problems(() -> service.update(" ", false),
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
        CompanyCalendar london = new CompanyCalendar(ZoneId.of("Europe/London"), true);
        assertFalse(london.workingDay(london.day(at)));
        assertFalse(london.workingDay(LocalDate.of(2026, 12, 5)));
        assertTrue(new CompanyCalendar(ZoneId.of("Europe/London"), false).workingDay(london.day(at)));
    }
}
