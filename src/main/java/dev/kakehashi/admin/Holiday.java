package dev.kakehashi.admin;

import java.time.LocalDate;

/**
 * A day of the company's holiday list: a national holiday of Japan as published, or a day the company added. A
 * national holiday the company works on stays in the list with {@code removed} set, so that it can be seen and
 * restored.
 */
public record Holiday(LocalDate date, String nameJa, String nameEn, Origin origin, boolean removed) {
    /** Where a day comes from. */
    public enum Origin {
        /** Published by the Cabinet Office and shipped with the app. */
        NATIONAL,
        /** Added by an administrator of this company. */
        COMPANY;

        /** The lower-case name used in JSON. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whether scheduled mail leaves this day out. */
    public boolean inForce() {
        return !removed;
    }
}
