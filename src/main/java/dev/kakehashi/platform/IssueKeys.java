package dev.kakehashi.platform;

import java.util.Locale;
import java.util.regex.Pattern;

/** Jira issue keys as the features pass them between the products ({@code COLLAB-12}). */
public final class IssueKeys {
    public static final int MAX = 255;
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]{0,17}");

    private IssueKeys() {
    }

    /** The key as Jira writes it, upper-cased; null when the text is none. */
    public static String normalise(String value) {
        String text = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        return text.length() <= MAX && ISSUE_KEY.matcher(text).matches() ? text : null;
    }
}
