package dev.kakehashi.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which figures of a department × department matrix may be shown when every figure must rest on at least k people.
 *
 * <ol>
 *   <li>Primary suppression: a cell whose contacts rest on fewer than k distinct people is hidden.</li>
 *   <li>Complementary suppression: a row or column total is the sum of its cells, so a total with exactly one hidden
 *       cell would give that cell away; such a total is hidden too.</li>
 *   <li>The shown totals are linear equations over the hidden cells, and chains of them can still pin a cell down
 *       (two rows and columns around it, for instance). After step 2 the equations are reduced exactly; while one of
 *       them fixes a hidden cell on its own, the row and column totals of that cell are hidden as well.</li>
 * </ol>
 * Steps 2 and 3 repeat until nothing changes. Cells without any contact are absent (known to be zero) and never
 * hidden; a department never forms a cell with itself.
 */
public final class Suppression {
    private Suppression() {
    }

    /**
     * @param suppressed   the hidden cells, as {@code from + "\n" + to}
     * @param rowTotals    per department the total of its row (what it gave), null when hidden
     * @param columnTotals per department the total of its column (what it received), null when hidden
     */
    public record Result(Set<String> suppressed, Map<String, Integer> rowTotals, Map<String, Integer> columnTotals) {
        public boolean isSuppressed(String from, String to) {
            return suppressed.contains(cellKey(from, to));
        }
    }

    public static String cellKey(String from, String to) {
        return from + "\n" + to;
    }

    /**
     * Suppresses the matrix of {@code cells} over {@code departments} (cells naming other departments are ignored)
     * for a minimum group of {@code k} people.
     */
    public static Result apply(List<String> departments, List<CellFigures> cells, int k) {
        Set<String> known = new HashSet<>(departments);
        List<CellFigures> matrix = cells.stream()
                .filter(c -> known.contains(c.from()) && known.contains(c.to()) && !c.from().equals(c.to()))
                .toList();
        Set<String> hidden = new HashSet<>();
        for (CellFigures cell : matrix) {
            if (cell.people() < k) {
                hidden.add(cellKey(cell.from(), cell.to()));
            }
        }
        Set<String> hiddenRows = new HashSet<>();
        Set<String> hiddenColumns = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<String, Integer> perRow = new HashMap<>();
            Map<String, Integer> perColumn = new HashMap<>();
            Map<String, Integer> sumPerRow = new HashMap<>();
            Map<String, Integer> sumPerColumn = new HashMap<>();
            for (CellFigures cell : matrix) {
                if (hidden.contains(cellKey(cell.from(), cell.to()))) {
                    perRow.merge(cell.from(), 1, Integer::sum);
                    perColumn.merge(cell.to(), 1, Integer::sum);
                    sumPerRow.merge(cell.from(), cell.total(), Integer::sum);
                    sumPerColumn.merge(cell.to(), cell.total(), Integer::sum);
                }
            }
            for (Map.Entry<String, Integer> row : perRow.entrySet()) {
                if (givesAway(row.getValue(), sumPerRow.get(row.getKey())) && hiddenRows.add(row.getKey())) {
                    changed = true;
                }
            }
            for (Map.Entry<String, Integer> column : perColumn.entrySet()) {
                if (givesAway(column.getValue(), sumPerColumn.get(column.getKey()))
                        && hiddenColumns.add(column.getKey())) {
                    changed = true;
                }
            }
            if (!changed) {
                for (CellFigures pinned : pinned(matrix, hidden, hiddenRows, hiddenColumns)) {
                    changed |= hiddenRows.add(pinned.from());
                    changed |= hiddenColumns.add(pinned.to());
                }
            }
        }
        Map<String, Integer> rowTotals = new LinkedHashMap<>();
        Map<String, Integer> columnTotals = new LinkedHashMap<>();
        for (String department : departments) {
            rowTotals.put(department, hiddenRows.contains(department) ? null : 0);
            columnTotals.put(department, hiddenColumns.contains(department) ? null : 0);
        }
        for (CellFigures cell : matrix) {
            rowTotals.computeIfPresent(cell.from(), (d, sum) -> sum + cell.total());
            columnTotals.computeIfPresent(cell.to(), (d, sum) -> sum + cell.total());
        }
        return new Result(Set.copyOf(hidden), rowTotals, columnTotals);
    }

    /**
     * Whether a shown total would give its hidden cells away: one hidden cell is the total minus the shown ones; and
     * as a listed cell has at least one contact, hidden cells that sum to their number are each exactly one.
     */
    static boolean givesAway(int hiddenCells, int hiddenSum) {
        return hiddenCells == 1 || hiddenSum <= hiddenCells;
    }

    /**
     * The hidden cells an attacker could pin to one value from the shown totals, knowing that a listed cell has at
     * least one contact. A change of the hidden cells that keeps every shown total is a circulation in the graph whose
     * nodes are the rows and columns and whose arcs are the hidden cells: row to column (the cell may grow), column
     * to row when the cell is at least 2 (it may shrink), and rows and columns whose total is hidden joined through
     * one free node (they absorb any change). A cell is pinned when no cycle through it exists in either direction,
     * that is, no path leads from its column back to its row (or, when it may shrink, from its row to its column)
     * without it. The constraint matrix is that of a bipartite graph (totally unimodular), so whole-number changes
     * exist whenever any change does.
     */
    static List<CellFigures> pinned(List<CellFigures> matrix, Set<String> hidden, Set<String> hiddenRows,
                                    Set<String> hiddenColumns) {
        List<CellFigures> unknowns = matrix.stream().filter(c -> hidden.contains(cellKey(c.from(), c.to())))
                .sorted(Comparator.comparing(CellFigures::from).thenComparing(CellFigures::to)).toList();
        List<CellFigures> fixed = new ArrayList<>();
        for (CellFigures cell : unknowns) {
            boolean grows = reaches(unknowns, cell, "c:" + cell.to(), "r:" + cell.from(), hiddenRows, hiddenColumns);
            boolean shrinks = cell.total() >= 2
                    && reaches(unknowns, cell, "r:" + cell.from(), "c:" + cell.to(), hiddenRows, hiddenColumns);
            if (!grows && !shrinks) {
                fixed.add(cell);
            }
        }
        return fixed;
    }

    private static final String FREE = "*";

    /** Whether a directed path leads from {@code start} to {@code goal} over the arcs of every hidden cell but one. */
    private static boolean reaches(List<CellFigures> unknowns, CellFigures without, String start, String goal,
                                   Set<String> hiddenRows, Set<String> hiddenColumns) {
        Map<String, List<String>> arcs = new HashMap<>();
        for (CellFigures c : unknowns) {
            if (c == without) {
                continue;
            }
            String row = "r:" + c.from();
            String column = "c:" + c.to();
            arcs.computeIfAbsent(row, n -> new ArrayList<>()).add(column);
            if (c.total() >= 2) {
                arcs.computeIfAbsent(column, n -> new ArrayList<>()).add(row);
            }
        }
        Set<String> nodes = new HashSet<>(arcs.keySet());
        arcs.values().forEach(nodes::addAll);
        nodes.add(start);
        nodes.add(goal);
        for (String node : nodes) {
            boolean free = node.startsWith("r:") ? hiddenRows.contains(node.substring(2))
                    : hiddenColumns.contains(node.substring(2));
            if (free) {
                arcs.computeIfAbsent(node, n -> new ArrayList<>()).add(FREE);
                arcs.computeIfAbsent(FREE, n -> new ArrayList<>()).add(node);
            }
        }
        Set<String> seen = new HashSet<>();
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>();
        queue.add(start);
        seen.add(start);
        while (!queue.isEmpty()) {
            String node = queue.poll();
            if (node.equals(goal)) {
                return true;
            }
            for (String next : arcs.getOrDefault(node, List.of())) {
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return false;
    }
}
