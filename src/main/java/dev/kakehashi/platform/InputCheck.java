package dev.kakehashi.platform;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the problems of one request's input, so that a person sees every problem at once, not one per try.
 */
public final class InputCheck {
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    /** The first and the last day any date the app accepts may name; outside them a date is a slip, not a plan. */
    public static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

    private final List<Problem> problems = new ArrayList<>();

    /** Normalises text the way it is stored: NFC, trimmed; null stays null. */
    public static String normalize(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /** Length as a person counts it: code points, so an emoji is one character. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    public String required(String field, String value, int maxLength) {
        String text = normalize(value);
        if (text == null || text.isEmpty()) {
            add(field, "kakehashi.error.required");
            return null;
        }
        return limited(field, text, maxLength);
    }

    public String optional(String field, String value, int maxLength) {
        String text = normalize(value);
        if (text == null || text.isEmpty()) {
            return "";
        }
        return limited(field, text, maxLength);
    }

    /** A stable key: lower-case ASCII letters, digits and hyphens, 1 to 32 characters. */
    public String key(String field, String value) {
        String text = normalize(value);
        if (text == null || !KEY.matcher(text).matches()) {
            add(field, "kakehashi.error.key.format");
            return null;
        }
        return text;
    }

    private String limited(String field, String text, int maxLength) {
        if (length(text) > maxLength) {
            add(field, "kakehashi.error.too.long", maxLength);
            return null;
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            add(field, "kakehashi.error.control.characters");
            return null;
        }
        String problem = textProblem(text);
        if (problem != null) {
            add(field, problem);
            return null;
        }
        return text;
    }

    /**
     * A calendar date written YYYY-MM-DD, from {@link #FIRST_DATE} to {@link #LAST_DATE}; blank is null. A malformed
     * date is reported on the field with {@code formatKey}, one out of range with the range; both return null.
     */
    public LocalDate date(String field, String value, String formatKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            add(field, formatKey);
            return null;
        }
        if (!inDateRange(date)) {
            addDateRange(field);
            return null;
        }
        return date;
    }

    /** Reports that the field's date lies outside the dates the app accepts. */
    public void addDateRange(String field) {
        add(field, "kakehashi.error.date.range", FIRST_DATE.toString(), LAST_DATE.toString());
    }

    /** Whether the date lies within the dates the app accepts. */
    public static boolean inDateRange(LocalDate date) {
        return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
    }

    /** Whether the instant falls on one of the days the app accepts (in UTC). */
    public static boolean inDateRange(Instant instant) {
        return !instant.isBefore(FIRST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant())
                && instant.isBefore(LAST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /**
     * What is wrong with the characters of a name or message, as a message key, or null: a lone surrogate (half of a
     * character, shown as "?"), a bidirectional override or isolate control (U+202A to U+202E, U+2066 to U+2069,
     * which can make text read differently from what it says) or nothing visible at all (only white space, zero-width
     * and other format characters). Every text field of the app goes through this.
     */
    public static String textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean loneHigh = Character.isHighSurrogate(c)
                    && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)));
            boolean loneLow = Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (loneHigh || loneLow) {
                return "kakehashi.error.text.surrogate";
            }
        }
        if (text.codePoints().anyMatch(InputCheck::isDirectionControl)) {
            return "kakehashi.error.text.bidi";
        }
        if (!text.isEmpty() && text.codePoints().allMatch(InputCheck::isInvisible)) {
            return "kakehashi.error.text.invisible";
        }
        return null;
    }

    /** The bidirectional embedding, override and isolate controls. */
    public static boolean isDirectionControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /** White space, control and format characters, and the blank letters fonts draw as nothing. */
    static boolean isInvisible(int c) {
        int type = Character.getType(c);
        // marks and variation selectors draw nothing without a letter to sit on; text of only these shows as nothing
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.CONTROL || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0
                || c == 0x2800 || c == 0x034F;
    }

    public void add(String field, String messageKey, Object... arguments) {
        problems.add(Problem.of(field, messageKey, arguments));
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> field.equals(p.field()));
    }

    /** Throws one rejection listing every problem found, if any. */
    public void rejectIfAny() {
        if (!problems.isEmpty()) {
            throw Rejection.invalid(problems);
        }
    }
}
