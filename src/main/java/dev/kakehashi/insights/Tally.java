package dev.kakehashi.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
        int events;
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
            if (period.getValue().overlaps(contact.start(), end)) {
                addCounted(period.getKey(), contact.kind(), contact.from(), contact.to(), 1, contact.done() ? 1 : 0,
                        contact.people());
            }
        }
        lastContact(contact.from(), contact.to(), end);
    }

    /** The periods by name, as given. */
    public Map<String, MapPeriod> periods() {
        return Collections.unmodifiableMap(periods);
    }

    /**
     * Counts contacts counted elsewhere (by the database) into one period: {@code count} contacts of the kind, {@code
     * done} of them done, from each {@code from} department to each {@code to} department, resting on {@code people}.
     * A count of 0 adds only the people. The same as {@link #add} of each contact, for contacts inside the period.
     */
    public void addCounted(String period, Contact.Kind kind, List<String> fromDepartments,
                           List<String> toDepartments, int count, int done, Collection<String> people) {
        Map<String, Cell> windowCells = cells.get(period);
        Map<String, Pair> windowPairs = pairs.get(period);
        for (String from : fromDepartments) {
            for (String to : toDepartments) {
                if (from.equals(to)) {
                    continue;
                }
                Cell cell = windowCells.computeIfAbsent(from + "\n" + to, k -> new Cell(from, to));
                switch (kind) {
                    case REQUEST -> {
                        cell.requests += count;
                        cell.requestsDone += done;
                    }
                    case THANKS -> cell.thanks += count;
                    case GOAL -> cell.goals += count;
                    case KNOWLEDGE -> cell.knowledge += count;
                    case EVENT -> cell.events += count;
                }
                cell.people.addAll(people);
                windowPairs.computeIfAbsent(PairFigures.key(from, to), k -> new Pair()).people.addAll(people);
            }
        }
    }

    /** Records a contact on {@code day} (at the latest the last day) between each pair of the departments. */
    public void lastContact(List<String> fromDepartments, List<String> toDepartments, LocalDate day) {
        LocalDate end = day.isAfter(lastDay) ? lastDay : day;
        for (String from : fromDepartments) {
            for (String to : toDepartments) {
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
                    c.events, c.people.size()));
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
