package dev.kakehashi.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts contacts into the cells of several periods at once, so that one read of the raw rows serves every window:
 * per directed pair the figures and the distinct people, per unordered pair the distinct people of both directions and
 * the last day of contact. A department never forms a pair with itself. Not thread-safe; one per computation.
 */
public final class Tally {
    private final Map<String, MapPeriod> periods;
    private final LocalDate lastDay;
    private final Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
    private final Map<String, Map<String, Pair>> pairs = new LinkedHashMap<>();
    private final Map<String, LocalDate> lastContact = new TreeMap<>();

    /**
     * @param periods the periods by name
     * @param lastDay the last day anything counts (yesterday for the nightly run; a goal still going on counts up
     *                to it for the last day of contact)
     */
    public Tally(Map<String, MapPeriod> periods, LocalDate lastDay) {
        this.periods = new LinkedHashMap<>(periods);
        this.lastDay = lastDay;
        for (String name : periods.keySet()) {
            cells.put(name, new LinkedHashMap<>());
            pairs.put(name, new LinkedHashMap<>());
        }
    }

    private static final class Cell {
        final String from;
        final String to;
        int requests;
        int requestsDone;
        int thanks;
        int goals;
        int knowledge;
        final Set<String> people = new HashSet<>();

        Cell(String from, String to) {
            this.from = from;
            this.to = to;
        }
    }

    private static final class Pair {
        final Set<String> people = new HashSet<>();
    }

    /** Counts one contact in every period it meets. */
    public void add(Contact contact) {
        LocalDate end = contact.end() == null || contact.end().isAfter(lastDay) ? lastDay : contact.end();
        if (contact.start().isAfter(end)) {
            return;
        }
        for (Map.Entry<String, MapPeriod> period : periods.entrySet()) {
            if (!period.getValue().overlaps(contact.start(), end)) {
                continue;
            }
            Map<String, Cell> windowCells = cells.get(period.getKey());
            Map<String, Pair> windowPairs = pairs.get(period.getKey());
            for (String from : contact.from()) {
                for (String to : contact.to()) {
                    if (from.equals(to)) {
                        continue;
                    }
                    Cell cell = windowCells.computeIfAbsent(from + "\n" + to, k -> new Cell(from, to));
                    switch (contact.kind()) {
                        case REQUEST -> {
                            cell.requests++;
                            if (contact.done()) {
                                cell.requestsDone++;
                            }
                        }
                        case THANKS -> cell.thanks++;
                        case GOAL -> cell.goals++;
                        case KNOWLEDGE -> cell.knowledge++;
                    }
                    cell.people.addAll(contact.people());
                    windowPairs.computeIfAbsent(PairFigures.key(from, to), k -> new Pair()).people
                            .addAll(contact.people());
                }
            }
        }
        for (String from : contact.from()) {
            for (String to : contact.to()) {
                if (!from.equals(to)) {
                    lastContact.merge(PairFigures.key(from, to), end, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
    }

    /** The figures of the named period. */
    public PeriodFigures figures(String period) {
        List<CellFigures> cellList = new ArrayList<>();
        for (Cell c : cells.get(period).values()) {
            cellList.add(new CellFigures(c.from, c.to, c.requests, c.requestsDone, c.thanks, c.goals, c.knowledge,
                    c.people.size()));
        }
        List<PairFigures> pairList = new ArrayList<>();
        Map<String, Pair> windowPairs = pairs.get(period);
        for (Map.Entry<String, LocalDate> last : lastContact.entrySet()) {
            Pair pair = windowPairs.get(last.getKey());
            String[] keys = last.getKey().split("\n", 2);
            pairList.add(new PairFigures(keys[0], keys[1], pair == null ? 0 : pair.people.size(), last.getValue()));
        }
        return new PeriodFigures(cellList, pairList);
    }
}
