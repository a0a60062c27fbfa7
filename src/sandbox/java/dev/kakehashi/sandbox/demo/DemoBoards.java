package dev.kakehashi.sandbox.demo;

import java.util.List;
import java.util.Optional;

/**
 * The boards a fresh sandbox Jira has, as a Jira Software administrator would set them up: board 1 shows the project
 * COLLAB with quick filters written in JQL on the requests' indexed issue property — one per step, the requests to
 * the development department, and those due this year. Quick filter names are the administrator's text, not
 * translated, as in Jira.
 */
public final class DemoBoards {
    private DemoBoards() {
    }

    /** A quick filter: a name on its button and the JQL it adds to the board's. */
    public record QuickFilter(int id, String name, String jql) {
    }

    /** A board: its filter's JQL and its quick filters. */
    public record Board(int id, String name, String jql, List<QuickFilter> quickFilters) {
        public Optional<QuickFilter> quickFilter(int id) {
            return quickFilters.stream().filter(q -> q.id() == id).findFirst();
        }
    }

    private static final String STEP = "issue.property[kakehashi.request].step = ";

    private static final List<Board> ALL = List.of(new Board(1, "COLLAB 連携依頼", "project = COLLAB", List.of(
            new QuickFilter(1, "Step 1", STEP + 1),
            new QuickFilter(2, "Step 2", STEP + 2),
            new QuickFilter(3, "Step 3", STEP + 3),
            new QuickFilter(4, "Step 4", STEP + 4),
            new QuickFilter(5, "Step 5", STEP + 5),
            new QuickFilter(6, "Step 6", STEP + 6),
            new QuickFilter(7, "開発部へ", "issue.property[kakehashi.request].toDepartment = development"),
            new QuickFilter(8, "期限 2026 年内", "issue.property[kakehashi.request].due <= 2026-12-31"))));

    public static List<Board> all() {
        return ALL;
    }

    public static Optional<Board> byId(int id) {
        return ALL.stream().filter(b -> b.id() == id).findFirst();
    }
}
