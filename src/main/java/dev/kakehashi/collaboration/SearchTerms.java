package dev.kakehashi.collaboration;

import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.platform.InputCheck;
import dev.kakehashi.platform.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the arguments of the JQL function {@code collaborationRequests(...)} into a {@link RequestSearch}. Each
 * argument is one term: {@code from=営業}, {@code to=development}, {@code between=sales,development},
 * {@code step=3} (also {@code >=}, {@code <=}, {@code >}, {@code <}), {@code kind=joint-task},
 * {@code due<=2026-12-31} (same operators), {@code overdue}. Departments are named by key or by their English or
 * Japanese name.
 */
public final class SearchTerms {
    private static final Pattern TERM = Pattern.compile("\\s*([a-zA-Z]+)\\s*(>=|<=|=|>|<)?\\s*(.*?)\\s*");

    /** The search, or the problems found (message keys with arguments) when a term is wrong. */
    public record Parsed(RequestSearch search, List<Problem> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private SearchTerms() {
    }

    public static Parsed parse(List<String> terms, List<DepartmentName> departments, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        String from = null;
        String to = null;
        String eitherA = null;
        String eitherB = null;
        Integer minStep = null;
        Integer maxStep = null;
        RequestKind kind = null;
        LocalDate dueFrom = null;
        LocalDate dueTo = null;
        for (String raw : terms) {
            Matcher m = TERM.matcher(raw == null ? "" : raw);
            if (!m.matches()) {
                problems.add(Problem.of(null, "kakehashi.collaboration.jql.error.term", raw));
                continue;
            }
            String name = m.group(1).toLowerCase(Locale.ROOT);
            String op = m.group(2) == null ? "" : m.group(2);
            String value = m.group(3);
            switch (name) {
                case "from", "to" -> {
                    String key = op.equals("=") ? department(value, departments) : null;
                    if (key == null) {
                        problems.add(Problem.of(null, "kakehashi.collaboration.jql.error.department", raw));
                    } else if (name.equals("from")) {
                        from = key;
                    } else {
                        to = key;
                    }
                }
                case "between" -> {
                    String[] pair = value.split("[,、]", -1);
                    String a = pair.length == 2 && op.equals("=") ? department(pair[0], departments) : null;
                    String b = pair.length == 2 && op.equals("=") ? department(pair[1], departments) : null;
                    if (a == null || b == null) {
                        problems.add(Problem.of(null, "kakehashi.collaboration.jql.error.between", raw));
                    } else {
                        eitherA = a;
                        eitherB = b;
                    }
                }
                case "step" -> {
                    Integer n = value.matches("[1-6]") ? Integer.valueOf(value)
                            : Step.ofKey(value).map(Step::number).orElse(null);
                    if (n == null || op.isEmpty()) {
                        problems.add(Problem.of(null, "kakehashi.collaboration.jql.error.step", raw));
                    } else {
                        int[] range = range(op, n);
                        minStep = range[0];
                        maxStep = range[1];
                    }
                }
                case "kind" -> {
                    Optional<RequestKind> k = RequestKind.ofKey(value.toLowerCase(Locale.ROOT));
                    if (k.isEmpty() || !op.equals("=")) {
                        problems.add(Problem.of(null, "kakehashi.collaboration.jql.error.kind", raw));
                    } else {
                        kind = k.get();
                    }
                }
                case "due" -> {
                    LocalDate date = date(value);
                    if (date == null || op.isEmpty()) {
                        problems.add(Problem.of(null, "kakehashi.collaboration.jql.error.due", raw));
                    } else {
                        switch (op) {
                            case "=" -> { dueFrom = date; dueTo = date; }
                            case ">=" -> dueFrom = date;
                            case ">" -> dueFrom = date.plusDays(1);
                            case "<=" -> dueTo = date;
                            default -> dueTo = date.minusDays(1);
                        }
                    }
                }
                case "overdue" -> {
                    if (!op.isEmpty()) {
                        problems.add(Problem.of(null, "kakehashi.collaboration.jql.error.term", raw));
                    } else {
                        dueTo = today.minusDays(1);
                        maxStep = Math.min(maxStep == null ? 4 : maxStep, 4);
                    }
                }
                default -> problems.add(Problem.of(null, "kakehashi.collaboration.jql.error.term", raw));
            }
        }
        RequestSearch search = new RequestSearch(from, to, eitherA, eitherB, minStep, maxStep, kind, dueFrom, dueTo,
                RequestSearch.MAX_RESULTS);
        return new Parsed(problems.isEmpty() ? search : null, problems);
    }

    private static int[] range(String op, int n) {
        return switch (op) {
            case ">=" -> new int[] {n, 6};
            case ">" -> new int[] {n + 1, 6};
            case "<=" -> new int[] {1, n};
            case "<" -> new int[] {1, n - 1};
            default -> new int[] {n, n};
        };
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
