package dev.kakehashi.platform;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the problems of one request's input, so that a person sees every problem at once, not one per try.
 */
public final class InputCheck {
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

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
