package dev.kakehashi.admin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The company's working calendar for scheduled mail: the time zone its days are counted in (Asia/Tokyo unless an
 * administrator chose another) and whether Saturdays and Sundays are left out.
 */
public record CompanyCalendar(ZoneId zone, boolean skipWeekends) implements java.io.Serializable {
    public static final CompanyCalendar DEFAULT = new CompanyCalendar(ZoneId.of("Asia/Tokyo"), true);

    public CompanyCalendar {
        if (zone == null) {
            throw new IllegalArgumentException("zone");
        }
    }

    /** The company's day at this moment. */
    public LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** Whether scheduled reminders and digests go out on this day. */
    public boolean workingDay(LocalDate day) {
        return !skipWeekends || (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY);
    }
}
