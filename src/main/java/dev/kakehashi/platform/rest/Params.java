package dev.kakehashi.platform.rest;

import dev.kakehashi.platform.Rejection;
import java.util.regex.Pattern;

/**
 * Path and query parameters taken as text and read here, so that a malformed number is a 400 in the API's error shape
 * (the REST framework would answer 404 for a path parameter it cannot convert) and an id is never cut short.
 */
public final class Params {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,30}");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,30}");

    private Params() {
    }

    /**
     * A numeric id from the path: 400 unless decimal digits; an id beyond what any stored id can be is 404 (nothing
     * has it), never wrapped or truncated to a smaller one.
     */
    public static long id(String field, String text) {
        if (text == null || !DIGITS.matcher(text).matches()) {
            throw Rejection.of(Rejection.Reason.INVALID, field, "kakehashi.error.id.format");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw Rejection.of(Rejection.Reason.NOT_FOUND, field, "kakehashi.error.no.such.resource");
        }
    }

    /** An optional whole number from the query: null when absent or blank; 400 unless a whole number in range. */
    public static Integer integer(String field, String text) {
        Long value = number(field, text);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw Rejection.of(Rejection.Reason.INVALID, field, "kakehashi.error.number.format");
        }
        return value.intValue();
    }

    /** An optional long from the query (a cursor): null when absent or blank; 400 unless a whole number in range. */
    public static Long number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (!INTEGER.matcher(stripped).matches()) {
            throw Rejection.of(Rejection.Reason.INVALID, field, "kakehashi.error.number.format");
        }
        try {
            return Long.parseLong(stripped);
        } catch (NumberFormatException e) {
            throw Rejection.of(Rejection.Reason.INVALID, field, "kakehashi.error.number.format");
        }
    }
}
