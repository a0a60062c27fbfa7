package dev.kakehashi.goals;

import java.util.Optional;

/**
 * Which goals to list: in one space or every space the reader sees, by department, status or label, in an order,
 * a page at a time.
 */
public record GoalQuery(String spaceKey, String departmentKey, GoalStatus status, String label, Sort sort, int offset,
                        int limit) {
    public static final int MAX_LIMIT = 50;
    public static final int DEFAULT_LIMIT = 10;
    /** The furthest a list pages (an offset is read past in the database, so it has a bound). */
    public static final int MAX_OFFSET = 100_000;

    /** The orders a list can take. */
    public enum Sort {
        DUE("due"), PROGRESS("progress"), UPDATED("updated"), TITLE("title");

        private final String key;

        Sort(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Sort> ofKey(String key) {
            for (Sort sort : values()) {
                if (sort.key.equals(key)) {
                    return Optional.of(sort);
                }
            }
            return Optional.empty();
        }
    }
}
