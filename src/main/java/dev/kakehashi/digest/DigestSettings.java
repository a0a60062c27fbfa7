package dev.kakehashi.digest;

import java.time.DayOfWeek;

/**
 * What an administrator chose for the weekly department digest: the weekday it goes out on (in the company's time
 * zone, moved to the next working day when that day is a weekend or holiday), after how many weeks without contact a
 * department pair is called quiet, and after how many days at steps 1–2 a request is called stuck.
 */
public record DigestSettings(DayOfWeek weekday, int quietWeeks, int stuckDays) implements java.io.Serializable {
    public static final int MAX_QUIET_WEEKS = 52;
    public static final int MAX_STUCK_DAYS = 365;
    public static final DigestSettings DEFAULT = new DigestSettings(DayOfWeek.MONDAY, 8, 14);

    public DigestSettings {
        if (weekday == null) {
            throw new IllegalArgumentException("weekday");
        }
    }
}
