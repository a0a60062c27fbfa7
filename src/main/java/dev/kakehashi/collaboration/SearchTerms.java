package dev.kakehashi.collaboration;

import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.platform.InputCheck;
import dev.kakehashi.platform.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the arguments of the JQL function {@code collaborationRequests(...)} into a {@link RequestSearch}. Each
 * argument is one term: {@code from=営業}, {@code to=development}, {@code between=sales,development},
 * {@code step=3} (also {@code >=}, {@code <=}, {@code >}, {@code <}), {@code kind=joint-task},
 * {@code due<=2026-12-31} (same operators), {@code overdue}. Departments are named by key or by their English or
 * Japanese name.
 *
 * <p>A request must match every term: terms on steps and due dates narrow the range, a repeated {@code from=},
 * {@code to=} or {@code between=} must name the same department(s). Several {@code kind=} terms mean "any of these
 * kinds". Terms no request can match together ({@code step>=5} with {@code step<=2}, two different {@code from=}
 * departments, {@code from=} and {@code to=} naming the same one) are an error, as are terms longer than
 * {@link #MAX_TERM_LENGTH} characters and more than {@link #MAX_TERMS} terms.
 */
public final class SearchTerms {
    /** The longest term read: {@code between=} with two department names of 100 characters each fits. */
    public static final int MAX_TERM_LENGTH = 250;
    /** More terms than there are ways to narrow a search, with room to spare. */
    public static final int MAX_TERMS = 20;
    private static final int QUOTED = 40;

    /** The search, or the problems found (message keys with arguments) when a term is wrong. */
    public record Parsed(RequestSearch search, List<Problem> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** One term split into its name (ASCII letters), its operator ("" when none) and its value, trimmed. */
    record Term(String name, String op, String value) {
    }

    private SearchTerms() {
    }

    public static Parsed parse(List<String> terms, List<DepartmentName> departments, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (terms.size() > MAX_TERMS) {
            problems.add(Problem.of(null, "kakehashi.collaboration.jql.error.count", MAX_TERMS, terms.size()));
            return new Parsed(null, problems);
        }
        Criteria criteria = new Criteria();
        for (String raw : terms) {
            String text = raw == null ? "" : raw;
            if (text.length() > MAX_TERM_LENGTH) {
                problems.add(Problem.of(null, "kakehashi.collaboration.jql.error.length", MAX_TERM_LENGTH,
                        text.length(), text.substring(0, text.offsetByCodePoints(0, QUOTED)) + "…"));
                continue;
            }
            Term term = read(text);
            if (term == null) {
                problems.add(Problem.of(null, "kakehashi.collaboration.jql.error.term", text));
                continue;
            }
            Criteria narrowed = criteria.copy();
            String wrong = apply(term, narrowed, departments, today);
            if (wrong != null) {
                problems.add(Problem.of(null, wrong, text));
            } else if (!narrowed.possible()) {
                problems.add(Problem.of(null, "kakehashi.collaboration.jql.error.contradiction", text));
            } else {
                criteria = narrowed;
            }
        }
        return new Parsed(problems.isEmpty() ? criteria.search() : null, problems);
    }

    /**
     * Splits a term in one pass over its characters, each read once (a regular expression with a lazy group and
     * trailing blanks took quadratic time on long terms). Null when the term does not start with a name.
     */
    static Term read(CharSequence raw) {
        int n = raw.length();
        int i = skipBlanks(raw, 0, n);
        int nameStart = i;
        while (i < n && isAsciiLetter(raw.charAt(i))) {
            i++;
        }
        if (i == nameStart) {
            return null;
        }
        String name = raw.subSequence(nameStart, i).toString().toLowerCase(Locale.ROOT);
        i = skipBlanks(raw, i, n);
        String op = "";
        if (i < n) {
            char c = raw.charAt(i);
            if (c == '=' || c == '<' || c == '>') {
                op = String.valueOf(c);
                i++;
                if (c != '=' && i < n && raw.charAt(i) == '=') {
                    op += "=";
                    i++;
                }
            }
        }
        int valueStart = skipBlanks(raw, i, n);
        int valueEnd = n;
        while (valueEnd > valueStart && Character.isWhitespace(raw.charAt(valueEnd - 1))) {
            valueEnd--;
        }
        return new Term(name, op, raw.subSequence(valueStart, valueEnd).toString());
    }

    private static int skipBlanks(CharSequence raw, int from, int n) {
        int i = from;
        while (i < n && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Narrows the criteria by one term; the message key of what is wrong with the term, or null. */
    private static String apply(Term term, Criteria c, List<DepartmentName> departments, LocalDate today) {
        String op = term.op();
        String value = term.value();
        switch (term.name()) {
            case "from", "to" -> {
                String key = op.equals("=") ? department(value, departments) : null;
                if (key == null) {
                    return "kakehashi.collaboration.jql.error.department";
                }
                if (term.name().equals("from")) {
                    c.from = c.from == null || c.from.equals(key) ? key : Criteria.NONE;
                } else {
                    c.to = c.to == null || c.to.equals(key) ? key : Criteria.NONE;
                }
            }
            case "between" -> {
                String[] pair = value.split("[,、]", -1);
                String a = pair.length == 2 && op.equals("=") ? department(pair[0], departments) : null;
                String b = pair.length == 2 && op.equals("=") ? department(pair[1], departments) : null;
                if (a == null || b == null || a.equals(b)) {
                    return "kakehashi.collaboration.jql.error.between";
                }
                if (c.eitherA == null || Set.of(a, b).equals(Set.of(c.eitherA, c.eitherB))) {
                    c.eitherA = a;
                    c.eitherB = b;
                } else {
                    c.eitherA = Criteria.NONE;
                }
            }
            case "step" -> {
                Integer n = value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '6'
                        ? Integer.valueOf(value) : Step.ofKey(value).map(Step::number).orElse(null);
                if (n == null || op.isEmpty()) {
                    return "kakehashi.collaboration.jql.error.step";
                }
                switch (op) {
                    case "=" -> c.steps(n, n);
                    case ">=" -> c.steps(n, 6);
                    case ">" -> c.steps(n + 1, 6);
                    case "<=" -> c.steps(1, n);
                    default -> c.steps(1, n - 1);
                }
            }
            case "kind" -> {
                Optional<RequestKind> k = RequestKind.ofKey(value.toLowerCase(Locale.ROOT));
                if (k.isEmpty() || !op.equals("=")) {
                    return "kakehashi.collaboration.jql.error.kind";
                }
                c.kinds.add(k.get());
            }
            case "due" -> {
                LocalDate date = date(value);
                if (date == null || op.isEmpty()) {
                    return "kakehashi.collaboration.jql.error.due";
                }
                switch (op) {
                    case "=" -> c.due(date, date);
                    case ">=" -> c.due(date, null);
                    case ">" -> c.due(date.plusDays(1), null);
                    case "<=" -> c.due(null, date);
                    default -> c.due(null, date.minusDays(1));
                }
            }
            case "overdue" -> {
                if (!op.isEmpty() || !value.isEmpty()) {
                    return "kakehashi.collaboration.jql.error.term";
                }
                c.due(null, today.minusDays(1));
                c.steps(1, 4);
            }
            default -> {
                return "kakehashi.collaboration.jql.error.term";
            }
        }
        return null;
    }

    /** What the terms read so far ask for; {@link #NONE} marks a department no request can have. */
    private static final class Criteria {
        static final String NONE = "";
        String from;
        String to;
        String eitherA;
        String eitherB;
        Integer minStep;
        Integer maxStep;
        Set<RequestKind> kinds = EnumSet.noneOf(RequestKind.class);
        LocalDate dueFrom;
        LocalDate dueTo;

        Criteria copy() {
            Criteria c = new Criteria();
            c.from = from;
            c.to = to;
            c.eitherA = eitherA;
            c.eitherB = eitherB;
            c.minStep = minStep;
            c.maxStep = maxStep;
            c.kinds = EnumSet.noneOf(RequestKind.class);
            c.kinds.addAll(kinds);
            c.dueFrom = dueFrom;
            c.dueTo = dueTo;
            return c;
        }

        void steps(int min, int max) {
            minStep = minStep == null ? min : Math.max(minStep, min);
            maxStep = maxStep == null ? max : Math.min(maxStep, max);
        }

        void due(LocalDate from, LocalDate to) {
            if (from != null) {
                dueFrom = dueFrom == null || from.isAfter(dueFrom) ? from : dueFrom;
            }
            if (to != null) {
                dueTo = dueTo == null || to.isBefore(dueTo) ? to : dueTo;
            }
        }

        boolean possible() {
            if (NONE.equals(from) || NONE.equals(to) || NONE.equals(eitherA)) {
                return false;
            }
            if (from != null && from.equals(to)) {
                return false;
            }
            if (eitherA != null) {
                Set<String> pair = Set.of(eitherA, eitherB);
                if ((from != null && !pair.contains(from)) || (to != null && !pair.contains(to))) {
                    return false;
                }
            }
            boolean stepsMeet = (minStep == null ? 1 : minStep) <= (maxStep == null ? 6 : maxStep);
            return stepsMeet && (dueFrom == null || dueTo == null || !dueFrom.isAfter(dueTo));
        }

        RequestSearch search() {
            return new RequestSearch(from, to, eitherA, eitherB, minStep, maxStep, kinds, dueFrom, dueTo,
                    RequestSearch.MAX_RESULTS);
        }
    }

    private static LocalDate date(String value) {
        try {
            LocalDate date = LocalDate.parse(value);
            return InputCheck.inDateRange(date) ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String department(String value, List<DepartmentName> departments) {
        String v = value.strip();
        for (DepartmentName d : departments) {
            if (d.key().equalsIgnoreCase(v) || d.nameEn().equalsIgnoreCase(v) || d.nameJa().equals(v)) {
                return d.key();
            }
        }
        return null;
    }
}
