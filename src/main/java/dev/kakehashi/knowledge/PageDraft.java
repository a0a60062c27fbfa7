package dev.kakehashi.knowledge;

import dev.kakehashi.platform.InputCheck;
import dev.kakehashi.platform.IssueKeys;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a knowledge-sharing page is created from, read from the wizard's fields: its kind, title, the departments
 * involved (keys of known departments, in the order given), the key of the related collaboration request in Jira,
 * a one-sentence summary (the outcome of a result, the objective of a plan) and the date (of the meeting; of creation
 * otherwise). The host passes the fields on as they were sent, so nothing here trusts them: text is normalised and cut
 * to its limit, unknown departments and a malformed request key are dropped, and the page is still created.
 */
public record PageDraft(KnowledgeKind kind, String title, List<String> departments, String requestKey, String summary,
                        LocalDate date) {
    public static final int TITLE_MAX = 255;
    public static final int SUMMARY_MAX = 300;
    public static final int DEPARTMENTS_MAX = 10;
    public static final int REQUEST_KEY_MAX = IssueKeys.MAX;
    private static final Pattern DEPARTMENT_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    /** Label prefixes: with the kind's label, they make every page findable by kind, department and request. */
    public static final String DEPARTMENT_LABEL = "kakehashi-dept-";
    public static final String REQUEST_LABEL = "kakehashi-request-";

    public PageDraft {
        departments = List.copyOf(departments);
    }

    /**
     * Reads the wizard's fields.
     *
     * @param known the keys of the departments that exist (active), in display order
     * @param today the date of a page without a meeting date
     */
    public static PageDraft read(KnowledgeKind kind, Map<String, ?> fields, Collection<String> known, LocalDate today) {
        String title = text(fields.get(WizardFields.TITLE), TITLE_MAX);
        List<String> departments = departments(fields.get(WizardFields.DEPARTMENTS), known);
        String request = requestKey(fields.get(WizardFields.REQUEST));
        String summary = text(fields.get(WizardFields.SUMMARY), SUMMARY_MAX);
        LocalDate date = kind == KnowledgeKind.MEETING ? date(fields.get(WizardFields.MEETING_DATE), today) : today;
        return new PageDraft(kind, title, departments, request, summary, date);
    }

    /** A request key as Jira writes it ({@code COLLAB-12}), upper-cased; null when the text is none. */
    public static String requestKey(Object value) {
        return IssueKeys.normalise(value == null ? null : one(value));
    }

    public boolean hasRequest() {
        return requestKey != null;
    }

    private static List<String> departments(Object value, Collection<String> known) {
        List<String> parts = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(v -> parts.addAll(split(String.valueOf(v))));
        } else if (value instanceof Object[] array) {
            Arrays.stream(array).forEach(v -> parts.addAll(split(String.valueOf(v))));
        } else if (value != null) {
            parts.addAll(split(String.valueOf(value)));
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String part : parts) {
            String key = part.strip().toLowerCase(Locale.ROOT);
            if (DEPARTMENT_KEY.matcher(key).matches() && known.contains(key) && chosen.size() < DEPARTMENTS_MAX) {
                chosen.add(key);
            }
        }
        return List.copyOf(chosen);
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static LocalDate date(Object value, LocalDate fallback) {
        try {
            LocalDate date = value == null ? fallback : LocalDate.parse(one(value).strip());
            return date == null || InputCheck.inDateRange(date) ? date : fallback;
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    /**
     * One line of plain text: NFC, control characters and line breaks as spaces, trimmed and cut to the limit in
     * UTF-16 units (what the database columns and Confluence's title limit count), never inside a character.
     */
    static String text(Object value, int max) {
        String text = Normalizer.normalize(value == null ? "" : one(value), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            boolean control = Character.isISOControl(c) || c == 0x2028 || c == 0x2029;
            if (InputCheck.isDirectionControl(c) || Character.isSurrogate((char) c) && Character.isBmpCodePoint(c)) {
                return; // the wizard's text is the host's to keep: what InputCheck refuses is dropped here
            }
            out.appendCodePoint(control ? ' ' : c);
        });
        String cleaned = out.toString().strip().replaceAll(" {2,}", " ");
        if (cleaned.length() <= max) {
            return cleaned;
        }
        int end = Character.isHighSurrogate(cleaned.charAt(max - 1)) ? max - 1 : max;
        return cleaned.substring(0, end).strip();
    }

    private static String one(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection.isEmpty() ? "" : String.valueOf(collection.iterator().next());
        }
        if (value instanceof Object[] array) {
            return array.length == 0 ? "" : String.valueOf(array[0]);
        }
        return String.valueOf(value);
    }
}
