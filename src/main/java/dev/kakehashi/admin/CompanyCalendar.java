package dev.kakehashi.admin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * The company's working calendar for scheduled mail: the time zone its days are counted in (Asia/Tokyo unless an
 * administrator chose another), whether Saturdays and Sundays are left out, and whether its holidays (Japan's
 * national holidays and the company's own days, {@code holidays}) are left out.
 */
public record CompanyCalendar(ZoneId zone, boolean skipWeekends, boolean skipHolidays, Set<LocalDate> holidays)
        implements java.io.Serializable {
    public static final CompanyCalendar DEFAULT = new CompanyCalendar(ZoneId.of("Asia/Tokyo"), true, true, Set.of());

    public CompanyCalendar {
        if (zone == null) {
            throw new IllegalArgumentException("zone");
        }
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }

    /** A calendar that leaves holidays out but knows none yet. */
    public CompanyCalendar(ZoneId zone, boolean skipWeekends) {
        this(zone, skipWeekends, true, Set.of());
    }

    /** This calendar with these holidays. */
    public CompanyCalendar withHolidays(Set<LocalDate> days) {
        return new CompanyCalendar(zone, skipWeekends, skipHolidays, days);
    }

    /** The company's day at this moment. */
    public LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** Whether scheduled reminders and digests go out on this day. */
    public boolean workingDay(LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !(skipWeekends && weekend) && !(skipHolidays && holidays.contains(day));
    }
}
