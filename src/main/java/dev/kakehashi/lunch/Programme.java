package dev.kakehashi.lunch;

import dev.kakehashi.platform.Localized;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A shuffle lunch programme: its names, site, cadence and weekday, the group size, the departments a group should
 * span at least, and how many past rounds a pair must not meet again in ({@code avoidRounds}, K).
 */
public record Programme(String key, String nameEn, String nameJa, String site, Cadence cadence, DayOfWeek weekday,
                        LocalDate startsOn, int groupSize, int minDepartments, int avoidRounds, boolean active) {
    public String name(Locale locale) {
        return Localized.pick(locale, nameEn, nameJa);
    }

    public boolean dueOn(LocalDate day) {
        return active && cadence.dueOn(day, weekday, startsOn);
    }
}
