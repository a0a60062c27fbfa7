package dev.kakehashi.insights;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.Test;

/**
 * Suppression on hand-made matrices, and an attacker that knows every shown figure and total and that a listed cell
 * has at least one contact: it must never pin a hidden cell down to one value.
 */
public class SuppressionTest {
    private static final int K = 5;

    /** A cell with {@code total} thanks resting on {@code people} people. */
    private static CellFigures cell(String from, String to, int total, int people) {
        return new CellFigures(from, to, 0, 0, total, 0, 0, people);
    }

    @Test
    public void aCellRestingOnFewerThanKPeopleIsHiddenAndOneOnKIsShown() {
        Suppression.Result result = Suppression.apply(List.of("a", "b", "c"), List.of(cell("a", "b", 4, K - 1),
                cell("a", "c", 4, K), cell("b", "a", 9, K + 3), cell("c", "a", 2, K)), K);
        assertTrue(result.isSuppressed("a", "b"));
        assertFalse(result.isSuppressed("a", "c"));
        assertFalse(result.isSuppressed("b", "a"));
        assertEquals(1, result.suppressed().size());
    }

    @Test
    public void aTotalWithExactlyOneHiddenCellIsHiddenAndTheOthersAddUp() {
        // a->b hidden alone in row a and in column b.
        Suppression.Result result = Suppression.apply(List.of("a", "b", "c"), List.of(cell("a", "b", 4, 2),
                cell("a", "c", 4, K), cell("b", "a", 9, K), cell("c", "a", 2, K), cell("c", "b", 3, K)), K);
        assertNull(result.rowTotals().get("a"));
        assertNull(result.columnTotals().get("b"));
        assertEquals(Integer.valueOf(9), result.rowTotals().get("b"));
        assertEquals(Integer.valueOf(5), result.rowTotals().get("c"));
        assertEquals(Integer.valueOf(11), result.columnTotals().get("a"));
        assertEquals(Integer.valueOf(4), result.columnTotals().get("c"));
        assertNotPinned(List.of("a", "b", "c"), result, List.of(cell("a", "b", 4, 2), cell("a", "c", 4, K),
                cell("b", "a", 9, K), cell("c", "a", 2, K), cell("c", "b", 3, K)));
    }

    @Test
    public void twoHiddenCellsOfOneRowKeepItsTotalWhenTheirSumDoesNotFixThem() {
        List<CellFigures> cells = List.of(cell("a", "b", 3, 1), cell("a", "c", 2, 1), cell("b", "c", 6, K),
                cell("c", "b", 6, K), cell("b", "a", 1, 2), cell("c", "a", 4, 2));
        Suppression.Result result = Suppression.apply(List.of("a", "b", "c"), cells, K);
        assertEquals(Integer.valueOf(5), result.rowTotals().get("a"));
        assertEquals(Integer.valueOf(5), result.columnTotals().get("a"));
        assertNotPinned(List.of("a", "b", "c"), result, cells);
    }

    @Test
    public void hiddenCellsThatSumToTheirNumberHideTheirTotalForEachWouldBeOne() {
        List<CellFigures> cells = List.of(cell("a", "b", 1, 1), cell("a", "c", 1, 1), cell("a", "d", 7, K));
        Suppression.Result result = Suppression.apply(List.of("a", "b", "c", "d"), cells, K);
        assertNull(result.rowTotals().get("a"));
        assertNotPinned(List.of("a", "b", "c", "d"), result, cells);
    }

    @Test
    public void aCellThatChainsOfShownTotalsWouldPinIsProtectedByHidingItsTotals() {
        // Two cycles of hidden cells (rows 1,2 x columns 5,6 and rows 3,4 x columns 7,8) joined by 2->7: every
        // row and column has two or three hidden cells, yet the sums of the totals pin 2->7.
        List<String> departments = List.of("d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8");
        List<CellFigures> cells = List.of(cell("d1", "d5", 2, 1), cell("d1", "d6", 3, 1), cell("d2", "d5", 4, 1),
                cell("d2", "d6", 2, 1), cell("d3", "d7", 3, 1), cell("d3", "d8", 2, 1), cell("d4", "d7", 2, 1),
                cell("d4", "d8", 5, 1), cell("d2", "d7", 3, 1));
        List<CellFigures> pinned = Suppression.pinned(cells, keys(cells), new java.util.HashSet<>(),
                new java.util.HashSet<>());
        assertEquals(List.of(cell("d2", "d7", 3, 1)), pinned);

        Suppression.Result result = Suppression.apply(departments, cells, K);
        assertNull(result.rowTotals().get("d2"));
        assertNull(result.columnTotals().get("d7"));
        assertNotPinned(departments, result, cells);
    }

    @Test
    public void cellsWithoutContactAndCellsOfOtherDepartmentsAreNeverCounted() {
        Suppression.Result result = Suppression.apply(List.of("a", "b"), List.of(cell("a", "b", 6, K),
                cell("a", "gone", 4, 1), cell("a", "a", 3, 1)), K);
        assertTrue(result.suppressed().isEmpty());
        assertEquals(Integer.valueOf(6), result.rowTotals().get("a"));
        assertEquals(Integer.valueOf(0), result.rowTotals().get("b"));
        assertEquals(Integer.valueOf(0), result.columnTotals().get("a"));
    }

    @Test
    public void noRandomMatrixLetsTheAttackerPinAHiddenCell() {
        Random random = new Random(20261207L);
        List<String> departments = List.of("a", "b", "c", "d", "e");
        for (int round = 0; round < 300; round++) {
            List<CellFigures> cells = new ArrayList<>();
            for (String from : departments) {
                for (String to : departments) {
                    if (!from.equals(to) && random.nextInt(3) > 0) {
                        cells.add(cell(from, to, 1 + random.nextInt(3), 1 + random.nextInt(8)));
                    }
                }
            }
            Suppression.Result result = Suppression.apply(departments, cells, K);
            assertNotPinned(departments, result, cells);
        }
    }

    @Test
    public void theAuditFindsOnlyCellsTheTotalsPin() {
        List<CellFigures> square = List.of(cell("a", "c", 1, 1), cell("a", "d", 1, 1), cell("b", "c", 1, 1),
                cell("b", "d", 1, 1));
        // Every cell is 1 and may not shrink: the square's only change would lower two of them, so all are pinned.
        assertEquals(4, Suppression.pinned(square, keys(square), new java.util.HashSet<>(),
                new java.util.HashSet<>()).size());
        List<CellFigures> roomy = List.of(cell("a", "c", 2, 1), cell("a", "d", 2, 1), cell("b", "c", 2, 1),
                cell("b", "d", 2, 1));
        assertTrue(Suppression.pinned(roomy, keys(roomy), new java.util.HashSet<>(), new java.util.HashSet<>())
                .isEmpty());
        // Row a's shown total 2 over two cells still pins both ones when only row b's total is hidden ...
        assertEquals(4, Suppression.pinned(square, keys(square), new java.util.HashSet<>(List.of("b")),
                new java.util.HashSet<>()).size());
        // ... and nothing is pinned when no total covers them.
        assertTrue(Suppression.pinned(square, keys(square), new java.util.HashSet<>(List.of("a", "b")),
                new java.util.HashSet<>(List.of("c", "d"))).isEmpty());
        // A hidden row lets a roomy cell move alone with its free row: a->c grows, b->c shrinks, through b.
        List<CellFigures> mixed = List.of(cell("a", "c", 1, 1), cell("a", "d", 3, 1), cell("b", "c", 2, 1));
        assertTrue(Suppression.pinned(mixed, keys(mixed), new java.util.HashSet<>(List.of("b")),
                new java.util.HashSet<>(List.of("d"))).isEmpty());
        List<CellFigures> path = List.of(cell("a", "c", 1, 1), cell("a", "d", 1, 1), cell("b", "d", 1, 1));
        // Row b and column c each hold one cell: both are fixed, and then a->d from row a.
        assertEquals(3, Suppression.pinned(path, keys(path), new java.util.HashSet<>(), new java.util.HashSet<>())
                .size());
    }

    private static java.util.Set<String> keys(List<CellFigures> cells) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        cells.forEach(c -> keys.add(Suppression.cellKey(c.from(), c.to())));
        return keys;
    }

    /**
     * The attacker: for each hidden cell, searches for a second assignment of every hidden cell (each at least 1, at
     * most the largest shown total or 12) that agrees with every shown total and gives the cell another value.
     */
    private static void assertNotPinned(List<String> departments, Suppression.Result result, List<CellFigures> cells) {
        List<CellFigures> hidden = cells.stream().filter(c -> result.isSuppressed(c.from(), c.to())).toList();
        for (CellFigures c : cells) {
            if (!result.isSuppressed(c.from(), c.to()) && departments.contains(c.from())
                    && departments.contains(c.to()) && !c.from().equals(c.to())) {
                assertTrue("a shown cell rests on k people", c.people() >= K);
            }
        }
        if (hidden.isEmpty()) {
            return;
        }
        // Each shown total: which hidden cells it covers and what they sum to.
        List<int[]> lines = new ArrayList<>();
        List<Integer> sums = new ArrayList<>();
        for (String d : departments) {
            addLine(lines, sums, hidden, result.rowTotals().get(d), c -> c.from().equals(d));
            addLine(lines, sums, hidden, result.columnTotals().get(d), c -> c.to().equals(d));
        }
        for (int i = 0; i < hidden.size(); i++) {
            int actual = hidden.get(i).total();
            boolean other = false;
            for (int v = 1; v <= 12 && !other; v++) {
                if (v != actual) {
                    int[] values = new int[hidden.size()];
                    values[i] = v;
                    other = feasible(values, i, 0, lines, sums);
                }
            }
            assertTrue("hidden cell " + hidden.get(i) + " is pinned by the shown totals " + result, other);
        }
    }

    private static void addLine(List<int[]> lines, List<Integer> sums, List<CellFigures> hidden, Integer total,
                                java.util.function.Predicate<CellFigures> in) {
        if (total == null) {
            return;
        }
        int[] members = new int[hidden.size()];
        int sum = 0;
        boolean any = false;
        for (int i = 0; i < hidden.size(); i++) {
            if (in.test(hidden.get(i))) {
                members[i] = 1;
                sum += hidden.get(i).total();
                any = true;
            }
        }
        if (any) {
            lines.add(members);
            sums.add(sum);
        }
    }

    /** Whether the hidden cells from {@code next} on can take values 1..12 that meet every line's sum. */
    private static boolean feasible(int[] values, int fixed, int next, List<int[]> lines, List<Integer> sums) {
        if (next == values.length) {
            for (int l = 0; l < lines.size(); l++) {
                int sum = 0;
                for (int i = 0; i < values.length; i++) {
                    sum += lines.get(l)[i] * values[i];
                }
                if (sum != sums.get(l)) {
                    return false;
                }
            }
            return true;
        }
        if (next == fixed) {
            return prunes(values, next + 1, lines, sums) && feasible(values, fixed, next + 1, lines, sums);
        }
        for (int v = 1; v <= 12; v++) {
            values[next] = v;
            if (prunes(values, next + 1, lines, sums) && feasible(values, fixed, next + 1, lines, sums)) {
                return true;
            }
        }
        values[next] = 0;
        return false;
    }

    /** False when the values set so far already break a line (too much, or too little left to reach it). */
    private static boolean prunes(int[] values, int set, List<int[]> lines, List<Integer> sums) {
        Map<Integer, Integer> unused = new HashMap<>();
        for (int l = 0; l < lines.size(); l++) {
            int sum = 0;
            int open = 0;
            for (int i = 0; i < values.length; i++) {
                if (lines.get(l)[i] == 0) {
                    continue;
                }
                if (i < set || values[i] != 0 && i >= set) {
                    sum += values[i];
                } else {
                    open++;
                }
            }
            if (sum + open > sums.get(l) || sum + 12 * open < sums.get(l)) {
                return false;
            }
        }
        unused.clear();
        return true;
    }
}
