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
