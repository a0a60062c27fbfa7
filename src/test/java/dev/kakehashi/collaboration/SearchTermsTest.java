package dev.kakehashi.collaboration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.platform.Problem;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
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
        assertEquals(Set.of(RequestKind.SMALL_POC), ok("kind=small-poc").kinds());
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

    @Test
    public void termsOnOneFieldIntersect() {
        assertEquals("the README's example", List.of(3, 4), range(ok("step>=3", "step<=4")));
        assertEquals(List.of(3, 4), range(ok("step<=4", "step>=3")));
        assertEquals(List.of(4, 4), range(ok("step>2", "step<5", "step=working")));
        assertEquals(List.of(2, 4), range(ok("overdue", "step>=2")));
        assertEquals(List.of(2, 3), range(ok("step>=2", "overdue", "step<4")));
        RequestSearch due = ok("due>=2026-12-01", "due>=2026-12-10", "due<=2026-12-31", "due<2026-12-20");
        assertEquals(List.of(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 19)), List.of(due.dueFrom(), due.dueTo()));
        assertEquals(TODAY.minusDays(1), ok("due<=2027-01-31", "overdue").dueTo());
        assertEquals(LocalDate.of(2026, 11, 1), ok("overdue", "due<2026-11-02").dueTo());
        RequestSearch same = ok("from=sales", "from=営業", "between=development,sales", "between=Sales、開発");
        assertEquals("sales", same.from());
        assertEquals(Set.of("sales", "development"), Set.of(same.eitherA(), same.eitherB()));
    }

    @Test
    public void severalKindsMeanAnyOfThem() {
        assertEquals(Set.of(RequestKind.SMALL_POC, RequestKind.JOINT_TASK),
                ok("kind=small-poc", "kind=joint-task", "kind=small-poc").kinds());
        assertEquals(Set.of(), ok("step=1").kinds());
    }

    @Test
    public void termsNoRequestCanMatchTogetherAreAnErrorNamingTheTermThatContradicts() {
        List<List<String>> contradictions = List.of(List.of("step>=5", "step<=2"), List.of("step>6"),
                List.of("step<1"), List.of("step=2", "step=3"), List.of("overdue", "step>=5"),
                List.of("from=sales", "from=development"), List.of("to=sales", "to=開発"),
                List.of("from=sales", "to=営業"), List.of("between=sales,development", "between=sales,old"),
                List.of("between=sales,development", "from=old"), List.of("to=old", "between=sales,development"),
                List.of("due>2026-12-31", "due<2026-12-01"), List.of("due=2026-12-05", "due=2026-12-06"),
                List.of("due>=2026-11-23", "overdue"));
        for (List<String> terms : contradictions) {
            List<Problem> problems = bad(terms.toArray(new String[0]));
            assertEquals(terms.toString(), List.of(Problem.of(null, "kakehashi.collaboration.jql.error.contradiction",
                    terms.get(terms.size() - 1))), problems);
        }
        assertEquals("a pair is two departments", "kakehashi.collaboration.jql.error.between",
                bad("between=sales,営業").get(0).messageKey());
        assertEquals("overdue takes no value", "kakehashi.collaboration.jql.error.term",
                bad("overdue soon").get(0).messageKey());
    }

    @Test
    public void longTermsAndTooManyTermsAreRefusedBeforeTheyAreRead() {
        String longTerm = "step=" + " ".repeat(80_000) + "x";
        List<Problem> problems = bad(longTerm, "step=" + "9".repeat(SearchTerms.MAX_TERM_LENGTH - 5));

        assertEquals(List.of(Problem.of(null, "kakehashi.collaboration.jql.error.length", SearchTerms.MAX_TERM_LENGTH,
                        80_006, "step=" + " ".repeat(35) + "…"),
                Problem.of(null, "kakehashi.collaboration.jql.error.step",
                        "step=" + "9".repeat(SearchTerms.MAX_TERM_LENGTH - 5))), problems);
        assertEquals("kakehashi.collaboration.jql.error.count", bad(Collections.nCopies(SearchTerms.MAX_TERMS + 1,
                "step>=1").toArray(new String[0])).get(0).messageKey());
        ok(Collections.nCopies(SearchTerms.MAX_TERMS, "step>=1").toArray(new String[0]));
    }

    /**
     * Reading a term looks at each character at most twice, however it is built (the former regular expression
     * looked at {@code step=x}, n blanks and {@code y} about n*n/2 times: 80,000 characters took 10 s); counted,
     * not timed, so the test cannot depend on the machine.
     */
    @Test
    public void readingATermIsLinearInItsLength() {
        int n = 1_000_000;
        for (String shape : List.of("step=" + " ".repeat(n) + "x", "step" + " ".repeat(n) + "=x" + " ".repeat(n),
                "a".repeat(n) + "=" + "b".repeat(n), "between=" + " x".repeat(n) + "  ", " ".repeat(n), "step=x" + " ".repeat(n) + "y")) {
            CountingChars chars = new CountingChars(shape);

            SearchTerms.read(chars);

            assertTrue(chars.examined + " for " + shape.length(), chars.examined <= 2L * shape.length());
        }
        assertEquals(new SearchTerms.Term("due", "<=", "2026-12-31"), SearchTerms.read(" Due <=  2026-12-31\u3000"));
        assertEquals(new SearchTerms.Term("step", "=", ""), SearchTerms.read("step="));
        assertNull(SearchTerms.read("  =3"));
    }

    /** A term that counts how many of its characters are read. */
    private static final class CountingChars implements CharSequence {
        private final String text;
        private long examined;

        CountingChars(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            examined++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            examined += end - start;
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            examined += text.length();
            return text;
        }
    }
}
