package dev.kakehashi.collaboration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.platform.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class SearchTermsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<DepartmentName> DEPARTMENTS = List.of(
            new DepartmentName("sales", "Sales", "営業", true),
            new DepartmentName("development", "Development", "開発", true),
            new DepartmentName("old", "Old", "旧部署", false));

    private static RequestSearch ok(String... terms) {
        SearchTerms.Parsed parsed = SearchTerms.parse(List.of(terms), DEPARTMENTS, TODAY);
        assertTrue(parsed.problems().toString(), parsed.ok());
        return parsed.search();
    }

    private static List<Problem> bad(String... terms) {
        SearchTerms.Parsed parsed = SearchTerms.parse(List.of(terms), DEPARTMENTS, TODAY);
        assertFalse(parsed.ok());
        assertNull(parsed.search());
        return parsed.problems();
    }

    @Test
    public void departmentsByKeyOrNameInEitherLanguage() {
        RequestSearch s = ok("from=営業", "to = development");
        assertEquals("sales", s.from());
        assertEquals("development", s.to());
        assertEquals("old", ok("from=旧部署").from());
        RequestSearch pair = ok("between=sales、開発");
        assertEquals("sales", pair.eitherA());
        assertEquals("development", pair.eitherB());
    }

    @Test
    public void stepsByNumberOrKeyWithComparisons() {
        assertEquals(List.of(3, 3), range(ok("step=3")));
        assertEquals(List.of(3, 6), range(ok("step>=agreed")));
        assertEquals(List.of(5, 6), range(ok("step>4")));
        assertEquals(List.of(1, 3), range(ok("step<4")));
        assertEquals(List.of(1, 2), range(ok("step<=2")));
    }

    private static List<Integer> range(RequestSearch s) {
        return List.of(s.minStep(), s.maxStep());
    }

    @Test
    public void dueDatesAndOverdue() {
        RequestSearch s = ok("due>2026-12-01", "due<2026-12-31");
        assertEquals(LocalDate.of(2026, 12, 2), s.dueFrom());
        assertEquals(LocalDate.of(2026, 12, 30), s.dueTo());
        RequestSearch exact = ok("due=2026-12-05");
        assertEquals(exact.dueFrom(), exact.dueTo());
        RequestSearch overdue = ok("overdue");
        assertEquals(TODAY.minusDays(1), overdue.dueTo());
        assertEquals(Integer.valueOf(4), overdue.maxStep());
        assertEquals(RequestKind.SMALL_POC, ok("kind=small-poc").kind());
        assertEquals(RequestSearch.MAX_RESULTS, ok().limit());
    }

    @Test
    public void everyWrongTermIsNamedInItsMessage() {
        List<Problem> problems = bad("from=経理", "between=sales", "step=9", "step:3", "kind=big", "due<=tomorrow",
                "colour=red", "overdue=yes");

        assertEquals(List.of("kakehashi.collaboration.jql.error.department", "kakehashi.collaboration.jql.error.between",
                "kakehashi.collaboration.jql.error.step", "kakehashi.collaboration.jql.error.step",
                "kakehashi.collaboration.jql.error.kind", "kakehashi.collaboration.jql.error.due",
                "kakehashi.collaboration.jql.error.term", "kakehashi.collaboration.jql.error.term"),
                problems.stream().map(Problem::messageKey).toList());
        assertEquals(List.of("from=経理"), problems.get(0).arguments());
    }
}
