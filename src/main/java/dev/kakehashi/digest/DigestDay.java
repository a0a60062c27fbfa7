package dev.kakehashi.digest;

import dev.kakehashi.admin.CompanyCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * When the weekly digest goes out: on the chosen weekday of each week, or, when the company's calendar leaves that day
 * out (a weekend or a holiday), on the first working day after it. The week is named by its chosen weekday, so that
 * a digest moved past the end of its week is still that week's one.
 */
public final class DigestDay {
    private DigestDay() {
    }

    /**
     * The chosen weekday of the week whose digest goes out on {@code today}, or empty when no digest goes out on it.
     * When holidays cover a whole week, the two weeks' digests fall on one day and only the later week's goes out.
     */
    public static Optional<LocalDate> weekDueOn(CompanyCalendar calendar, DayOfWeek weekday, LocalDate today) {
        if (!calendar.workingDay(today)) {
            return Optional.empty();
        }
        LocalDate chosen = today.with(TemporalAdjusters.previousOrSame(weekday));
        LocalDate day = chosen;
        // today is a working day at most six days after the chosen one, so this ends by today
        while (!calendar.workingDay(day)) {
            day = day.plusDays(1);
        }
        return day.equals(today) ? Optional.of(chosen) : Optional.empty();
    }
}
