package dev.kakehashi.insights;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class TallyTest {
    private static final LocalDate YESTERDAY = LocalDate.of(2026, 12, 6);

    private static Tally tally() {
        Map<String, MapPeriod> periods = new LinkedHashMap<>();
        periods.put("D30", MapPeriod.standard(30, YESTERDAY.plusDays(1)));
        periods.put("P30", MapPeriod.standard(30, YESTERDAY.plusDays(1)).previous());
        return new Tally(periods, YESTERDAY);
    }

    private static CellFigures cell(PeriodFigures figures, String from, String to) {
        return figures.cells().stream().filter(c -> c.from().equals(from) && c.to().equals(to)).findFirst()
                .orElse(null);
    }

    @Test
    public void thanksCountFromEachSenderDepartmentToEachOtherRecipientDepartmentWithDistinctPeople() {
        Tally tally = tally();
        tally.add(Contact.thanks(YESTERDAY, List.of("sales"), List.of("sales", "development", "it"),
                List.of("s1", "d1", "i1")));
        tally.add(Contact.thanks(YESTERDAY.minusDays(3), List.of("sales"), List.of("development"),
                List.of("s1", "d2")));
        PeriodFigures now = tally.figures("D30");
        assertEquals(new CellFigures("sales", "development", 0, 0, 2, 0, 0, 4), cell(now, "sales", "development"));
        assertEquals(new CellFigures("sales", "it", 0, 0, 1, 0, 0, 3), cell(now, "sales", "it"));
        assertNull("a department never thanks itself on the map", cell(now, "sales", "sales"));
        assertTrue(tally.figures("P30").cells().isEmpty());
    }

    @Test
    public void requestsCountOneWayGoalsAndPagesBothWaysAndEachInTheWindowsItMeets() {
        Tally tally = tally();
        LocalDate previous = YESTERDAY.minusDays(40);
        tally.add(Contact.request(YESTERDAY, "sales", "development", true, List.of("s1", "d1")));
        tally.add(Contact.request(previous, "sales", "development", false, List.of("s2")));
        tally.add(Contact.knowledge(YESTERDAY.minusDays(29), List.of("sales", "development"), List.of("k1")));
        tally.add(Contact.goal(previous, null, List.of("development", "it"), List.of("o1", "d3")));
        tally.add(Contact.goal(YESTERDAY.minusDays(200), YESTERDAY.minusDays(61), List.of("sales", "it"),
                List.of("o2")));
        tally.add(Contact.knowledge(YESTERDAY.minusDays(30), List.of("sales", "it"), List.of("k2")));

        PeriodFigures now = tally.figures("D30");
        assertEquals(new CellFigures("sales", "development", 1, 1, 0, 0, 1, 3), cell(now, "sales", "development"));
        assertEquals(new CellFigures("development", "sales", 0, 0, 0, 0, 1, 1), cell(now, "development", "sales"));
        assertEquals("a goal still going on counts in every window it meets",
                new CellFigures("it", "development", 0, 0, 0, 1, 0, 2), cell(now, "it", "development"));
        assertNull("the goal ended 61 days ago, before the previous window", cell(now, "sales", "it"));

        PeriodFigures before = tally.figures("P30");
        assertEquals(new CellFigures("sales", "development", 1, 0, 0, 0, 0, 1), cell(before, "sales", "development"));
        assertEquals(new CellFigures("development", "it", 0, 0, 0, 1, 0, 2), cell(before, "development", "it"));
        assertEquals("the day before the window is the previous one's last",
                new CellFigures("sales", "it", 0, 0, 0, 0, 1, 1), cell(before, "sales", "it"));
    }

    @Test
    public void pairsCarryThePeopleOfBothDirectionsAndTheLastDayOfAnyContact() {
        Tally tally = tally();
        tally.add(Contact.thanks(YESTERDAY.minusDays(2), List.of("sales"), List.of("development"),
                List.of("s1", "d1")));
        tally.add(Contact.thanks(YESTERDAY.minusDays(5), List.of("development"), List.of("sales"),
                List.of("d1", "s2")));
        tally.add(Contact.goal(YESTERDAY.minusDays(300), null, List.of("it", "sales"), List.of("o1")));
        tally.add(Contact.request(YESTERDAY.minusDays(50), "accounting", "it", false, List.of("a1")));
        Map<String, PairFigures> pairs = new LinkedHashMap<>();
        tally.figures("D30").pairs().forEach(p -> pairs.put(p.a() + "/" + p.b(), p));
        assertEquals(new PairFigures("development", "sales", 3, YESTERDAY.minusDays(2)), pairs.get("development/sales"));
        assertEquals("a goal going on is in contact up to yesterday",
                new PairFigures("it", "sales", 1, YESTERDAY), pairs.get("it/sales"));
        assertEquals("no contact in this window, but the last day is known",
                new PairFigures("accounting", "it", 0, YESTERDAY.minusDays(50)), pairs.get("accounting/it"));
    }
}
