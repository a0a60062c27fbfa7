package dev.kakehashi.admin;

import java.time.LocalDate;

/**
 * What the company changed in the holiday list for one date: a day it added, with its names, or a national holiday it
 * works on ({@code removed}, without names).
 */
public record HolidayChange(LocalDate date, String nameJa, String nameEn, boolean removed) {
    public static HolidayChange added(LocalDate date, String nameJa, String nameEn) {
        return new HolidayChange(date, nameJa, nameEn, false);
    }

    public static HolidayChange removal(LocalDate date) {
        return new HolidayChange(date, null, null, true);
    }
}
