package dev.kakehashi.insights;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
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
            for (CellFigures cell : matrix) {
                if (hidden.contains(cellKey(cell.from(), cell.to()))) {
                    perRow.merge(cell.from(), 1, Integer::sum);
                    perColumn.merge(cell.to(), 1, Integer::sum);
                }
            }
            for (Map.Entry<String, Integer> row : perRow.entrySet()) {
                if (row.getValue() == 1 && hiddenRows.add(row.getKey())) {
                    changed = true;
                }
            }
            for (Map.Entry<String, Integer> column : perColumn.entrySet()) {
                if (column.getValue() == 1 && hiddenColumns.add(column.getKey())) {
                    changed = true;
                }
            }
            if (!changed) {
                for (CellFigures pinned : determined(matrix, hidden, hiddenRows, hiddenColumns)) {
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
     * The hidden cells whose value the shown totals fix: each shown total is an equation (the sum of its hidden cells
     * equals the total minus its shown cells); a cell is fixed when its unit vector lies in the span of the equations,
     * which exact row reduction tells: the reduced row with that cell's pivot has no other entry.
     */
    static List<CellFigures> determined(List<CellFigures> matrix, Set<String> hidden, Set<String> hiddenRows,
                                        Set<String> hiddenColumns) {
        List<CellFigures> unknowns = matrix.stream().filter(c -> hidden.contains(cellKey(c.from(), c.to())))
                .sorted(Comparator.comparing(CellFigures::from).thenComparing(CellFigures::to)).toList();
        if (unknowns.isEmpty()) {
            return List.of();
        }
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        Map<String, List<Integer>> columns = new LinkedHashMap<>();
        for (int i = 0; i < unknowns.size(); i++) {
            CellFigures cell = unknowns.get(i);
            if (!hiddenRows.contains(cell.from())) {
                rows.computeIfAbsent(cell.from(), d -> new ArrayList<>()).add(i);
            }
            if (!hiddenColumns.contains(cell.to())) {
                columns.computeIfAbsent(cell.to(), d -> new ArrayList<>()).add(i);
            }
        }
        List<BigInteger[]> equations = new ArrayList<>();
        for (List<Integer> members : concat(rows.values(), columns.values())) {
            BigInteger[] equation = new BigInteger[unknowns.size()];
            Arrays.fill(equation, BigInteger.ZERO);
            members.forEach(i -> equation[i] = BigInteger.ONE);
            equations.add(equation);
        }
        int[] pivots = reduce(equations, unknowns.size());
        List<CellFigures> fixed = new ArrayList<>();
        for (int r = 0; r < pivots.length; r++) {
            if (pivots[r] < 0) {
                continue;
            }
            BigInteger[] row = equations.get(r);
            long nonZero = Arrays.stream(row).filter(v -> v.signum() != 0).count();
            if (nonZero == 1) {
                fixed.add(unknowns.get(pivots[r]));
            }
        }
        return fixed;
    }

    private static List<List<Integer>> concat(java.util.Collection<List<Integer>> a,
                                              java.util.Collection<List<Integer>> b) {
        List<List<Integer>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Brings the rows to reduced row echelon form in integers (every row divided by the gcd of its entries); returns
     * per row the column of its pivot, or -1 for a row that became zero.
     */
    static int[] reduce(List<BigInteger[]> rows, int columns) {
        int[] pivots = new int[rows.size()];
        Arrays.fill(pivots, -1);
        int next = 0;
        for (int column = 0; column < columns && next < rows.size(); column++) {
            int found = -1;
            for (int r = next; r < rows.size(); r++) {
                if (rows.get(r)[column].signum() != 0) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            BigInteger[] pivotRow = rows.get(found);
            rows.set(found, rows.get(next));
            rows.set(next, pivotRow);
            BigInteger pivot = pivotRow[column];
            for (int r = 0; r < rows.size(); r++) {
                BigInteger[] row = rows.get(r);
                if (r == next || row[column].signum() == 0) {
                    continue;
                }
                BigInteger factor = row[column];
                for (int c = 0; c < columns; c++) {
                    row[c] = row[c].multiply(pivot).subtract(pivotRow[c].multiply(factor));
                }
                normalize(row);
            }
            pivots[next] = column;
            next++;
        }
        return pivots;
    }

    private static void normalize(BigInteger[] row) {
        BigInteger gcd = BigInteger.ZERO;
        for (BigInteger v : row) {
            gcd = gcd.gcd(v);
        }
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            for (int c = 0; c < row.length; c++) {
                row[c] = row[c].divide(gcd);
            }
        }
    }
}
