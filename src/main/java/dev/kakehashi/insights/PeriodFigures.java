package dev.kakehashi.insights;

import java.util.List;

/** What the map knows of one period: the directed cells with any contact and the unordered pairs with any contact. */
public record PeriodFigures(List<CellFigures> cells, List<PairFigures> pairs) {
    public static final PeriodFigures NONE = new PeriodFigures(List.of(), List.of());

    public PeriodFigures {
        cells = List.copyOf(cells);
        pairs = List.copyOf(pairs);
    }
}
