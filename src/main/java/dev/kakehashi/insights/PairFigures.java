package dev.kakehashi.insights;

import java.time.LocalDate;

/**
 * One unordered department pair over one period: how many distinct people its contacts in either direction rest on,
 * and the last day of any contact between the two ({@code null}: none in the days read).
 *
 * @param a the smaller key
 * @param b the larger key
 */
public record PairFigures(String a, String b, int people, LocalDate lastContact) {
    public PairFigures {
        if (a.compareTo(b) >= 0) {
            throw new IllegalArgumentException("a pair is named smaller key first");
        }
    }

    /** The pair's name whatever the order of the keys. */
    public static String key(String x, String y) {
        return x.compareTo(y) < 0 ? x + "\n" + y : y + "\n" + x;
    }
}
