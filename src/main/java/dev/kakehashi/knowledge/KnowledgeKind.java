package dev.kakehashi.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The three knowledge-sharing pages: results and learnings of a collaboration, a plan that starts from its objective
 * (OWWH: Objective, Who, What, How), and notes of a meeting between departments. Each is a blueprint whose pages carry
 * the kind's label ({@link #label()}), which is also the blueprint's index key.
 */
public enum KnowledgeKind {
    RESULTS("results", "results", 2),
    PLAN("owwh-plan", "plan", 1),
    MEETING("meeting-notes", "meeting", 2);

    private final String key;
    private final String textKey;
    private final int minDepartments;

    KnowledgeKind(String key, String textKey, int minDepartments) {
        this.key = key;
        this.textKey = textKey;
        this.minDepartments = minDepartments;
    }

    /** The kind's part of its message keys: {@code kakehashi.knowledge.<textKey>.…}. */
    public String textKey() {
        return textKey;
    }

    /** The stable key used in the descriptor, REST and the wizard: {@code results}, {@code owwh-plan}, {@code meeting-notes}. */
    public String key() {
        return key;
    }

    /** The Confluence label of its pages and the index key of its blueprint, for example {@code kakehashi-results}. */
    public String label() {
        return "kakehashi-" + key;
    }

    /** How many departments a page of this kind names at least (a meeting or a result is shared by two or more). */
    public int minDepartments() {
        return minDepartments;
    }

    public static Optional<KnowledgeKind> byKey(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.key.equals(wanted)).findFirst();
    }
}
