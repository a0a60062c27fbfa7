package dev.kakehashi.bench;

import dev.kakehashi.goals.web.GoalCards;
import dev.kakehashi.thanks.ThanksPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The whole performance check in one run: writes the data sets, counts the statements of one panel render at each
 * size, times the render and the hand-written floor side by side with JMH, and reports against the targets of
 * QUALITY.md in {@code target/bench/results.md}.
 */
public final class BenchMain {
    private static final String RENDER = "render";
    private static final String MODEL = "model";
    private static final String FIRST = "firstPage";
    private static final String NEXT = "nextPage";
    private static final String HAND = "handWrittenFirstPage";
    private static final String VIEW = "view";
    private static final String PANEL = "panel";
    private static final String PARTNERSHIP = "partnership";
    private static final String PARTNERSHIP_COLD = "partnershipCold";
    private static final String REQUEST_LIST = "requestList";
    private static final String REQUEST_LIST_LOOKUPS = "requestListLookups";
    private static final String PANEL_COLD = "panelCold";
    private static final String GOAL_MACRO = "goalMacro";
    private static final String GOALS_SPACE = "goalsMacroSpace";
    private static final String GOALS_ALL = "goalsMacroAll";
    private static final String GOALS_LABEL = "goalsMacroLabel";
    private static final String LOG_SPACE = "logSpace";
    private static final String LOG_DEPARTMENT = "logDepartment";
    private static final String LOG_ALL = "logAll";

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String kind = BenchDatabase.kind();
        int[] sizes = Arrays.stream(System.getProperty("kakehashi.bench.sizes", "1000,1000000").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        Path out = BenchDatabase.outputDirectory().toAbsolutePath();
        Files.createDirectories(out);

        long runStarted = System.nanoTime();
        Map<Integer, Map<String, Step>> counts = new LinkedHashMap<>();
        Map<Integer, Map<String, Step>> requestCounts = new LinkedHashMap<>();
        Map<Integer, long[]> requestTables = new LinkedHashMap<>();
        Map<Integer, Map<String, Step>> goalCounts = new LinkedHashMap<>();
        Map<Integer, long[]> goalTables = new LinkedHashMap<>();
        Map<Integer, Map<String, Step>> knowledgeCounts = new LinkedHashMap<>();
        Map<Integer, long[]> knowledgeTables = new LinkedHashMap<>();
        for (int size : sizes) {
            try (BenchDatabase db = BenchDatabase.open(size)) {
                long started = System.nanoTime();
                boolean written = DataGenerator.ensure(db);
                System.out.printf("%s, %,d thanks: %s in %d s%n", kind, size, written ? "written" : "already in place",
                        (System.nanoTime() - started) / 1_000_000_000L);
                started = System.nanoTime();
                written = RequestData.ensure(db);
                System.out.printf("%s, %,d collaboration requests: %s in %d s%n", kind, RequestData.requests(size),
                        written ? "written" : "already in place", (System.nanoTime() - started) / 1_000_000_000L);
                started = System.nanoTime();
                written = GoalData.ensure(db);
                System.out.printf("%s, %,d shared goals: %s in %d s%n", kind, GoalData.goals(size),
                        written ? "written" : "already in place", (System.nanoTime() - started) / 1_000_000_000L);
                started = System.nanoTime();
                written = KnowledgeData.ensure(db);
                System.out.printf("%s, %,d knowledge pages: %s in %d s%n", kind, KnowledgeData.pages(size),
                        written ? "written" : "already in place", (System.nanoTime() - started) / 1_000_000_000L);
                counts.put(size, count(db));
                requestCounts.put(size, countRequests(db));
                requestTables.put(size, RequestData.tableSizes(db));
                goalCounts.put(size, countGoals(db));
                goalTables.put(size, GoalData.tableSizes(db));
                knowledgeCounts.put(size, countKnowledge(db));
                knowledgeTables.put(size, KnowledgeData.tableSizes(db));
            }
        }
        long dataSeconds = (System.nanoTime() - runStarted) / 1_000_000_000L;

        // -Dkakehashi.bench.only=GoalBenchmark (names, comma-separated) runs only those benchmarks, for trials.
        List<String> only = Arrays.stream(System.getProperty("kakehashi.bench.only", "").split(","))
                .map(String::strip).filter(n -> !n.isEmpty()).toList();
        OptionsBuilder builder = new OptionsBuilder();
        int included = 0;
        for (Class<?> benchmark : List.of(PanelBenchmark.class, RequestBenchmark.class, GoalBenchmark.class,
                KnowledgeBenchmark.class)) {
            if (only.isEmpty() || only.contains(benchmark.getSimpleName())) {
                builder.include("^" + Pattern.quote(benchmark.getName()) + "\\.");
                included++;
            }
        }
        Options options = builder
                .param("rows", Arrays.stream(sizes).mapToObj(Integer::toString).toArray(String[]::new))
                .jvmArgsAppend("-Xmx1g", "-Dkakehashi.bench.db=" + kind, "-Dkakehashi.bench.out=" + out,
                        "-Dkakehashi.bench.postgres.url=" + System.getProperty("kakehashi.bench.postgres.url", ""),
                        "-Dkakehashi.bench.postgres.user=" + System.getProperty("kakehashi.bench.postgres.user", ""))
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = included == 0 ? List.of() : new Runner(options).run();
        Map<String, double[]> times = new LinkedHashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String prefix = benchmark.startsWith(RequestBenchmark.class.getName() + ".") ? "request."
                    : benchmark.startsWith(GoalBenchmark.class.getName() + ".") ? "goal."
                    : benchmark.startsWith(KnowledgeBenchmark.class.getName() + ".") ? "knowledge." : "";
            times.put(prefix + method + "@" + result.getParams().getParam("rows"),
                    new double[] {result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError()});
        }

        long totalSeconds = (System.nanoTime() - runStarted) / 1_000_000_000L;
        String report = report(kind, sizes, counts, times) + "\n"
                + requestReport(kind, sizes, requestCounts, requestTables, times) + "\n"
                + goalReport(kind, sizes, goalCounts, goalTables, times) + "\n"
                + knowledgeReport(kind, sizes, knowledgeCounts, knowledgeTables, times)
                + String.format("%nThis run: data sets checked or written in %d s, whole run (with JMH) %d s.%n",
                        dataSeconds, totalSeconds);
        Files.writeString(out.resolve("results.md"), report, StandardCharsets.UTF_8);
        // Kept per database as well, so a run on one does not hide the last figures of the other.
        Files.writeString(out.resolve("results-" + kind + ".md"), report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(report);
        System.out.println("Written to " + out.resolve("results.md"));
    }

    /** Statements and SQL of one step of the render. */
    record Step(long statements, List<String> sql, int items) {
    }

    /**
     * Counts a render after one render has run, as on a server that has shown the issue before: AO's first use of
     * an entity type is a start-up cost, not a per-render one.
     */
    private static Map<String, Step> count(BenchDatabase db) {
        Panel panel = new Panel(db.ao);
        panel.model();
        ThanksPage warm = panel.firstPage();
        panel.pageBefore(warm.next());

        Map<String, Step> steps = new LinkedHashMap<>();
        steps.put(MODEL, step(db, () -> {
            panel.model();
            return 0;
        }));
        ThanksPage[] first = new ThanksPage[1];
        steps.put(FIRST, step(db, () -> {
            first[0] = panel.firstPage();
            return first[0].items().size();
        }));
        steps.put(NEXT, step(db, () -> panel.pageBefore(first[0].next()).items().size()));
        return steps;
    }

    /**
     * Counts the request panel's work on the busy request issue after one round has run (AO's first use of an entity
     * type, and the host caches' first loads, are start-up costs, not per-view ones).
     */
    private static Map<String, Step> countRequests(BenchDatabase db) {
        Requests requests = new Requests(db.ao, db.rows);
        requests.view();
        requests.panel();
        requests.partnership();

        Map<String, Step> steps = new LinkedHashMap<>();
        steps.put(VIEW, step(db, () -> requests.view().history().size()));
        steps.put(PANEL, step(db, () -> ((List<?>) requests.panel().get("history")).size()));
        steps.put(PARTNERSHIP, step(db, () -> requests.partnership().earlier().size()));
        requests.list();
        long single = requests.issues.single.get();
        long batches = requests.issues.batches.get();
        steps.put(REQUEST_LIST, step(db, () -> requests.list().rows().size()));
        // Jira lookups of that page, kept in a step's statement count: one per row before, one per chunk read now.
        long lookups = requests.issues.single.get() - single + requests.issues.batches.get() - batches;
        steps.put(REQUEST_LIST_LOOKUPS, new Step(lookups, List.of(), steps.get(REQUEST_LIST).items()));
        // The same call on a node whose cached thanks counts were dropped (or have expired): a fresh set of caches,
        // warmed by everything but the partnership.
        Requests cold = new Requests(db.ao, db.rows);
        cold.view();
        cold.panel();
        steps.put(PARTNERSHIP_COLD, step(db, () -> cold.partnership().earlier().size()));
        // The whole panel on a node whose thanks caches (counts between the pair, partner thanked) are all empty.
        Requests empty = new Requests(db.ao, db.rows);
        empty.view();
        steps.put(PANEL_COLD, step(db, () -> ((List<?>) empty.panel().get("history")).size()));
        return steps;
    }

    /**
     * Counts one view of each shared-goal macro after one round has run (AO's first use of an entity type and the
     * host cache's first load of the departments are start-up costs, not per-view ones).
     */
    private static Map<String, Step> countGoals(BenchDatabase db) {
        Goals goals = new Goals(db.ao);
        goals.goal();
        goals.listSpace();
        goals.listAll();
        goals.listLabel();

        Map<String, Step> steps = new LinkedHashMap<>();
        steps.put(GOAL_MACRO, step(db, () -> {
            GoalCards.Card card = (GoalCards.Card) goals.goal().get("card");
            return card == null ? -1 : card.chartPoints().size();
        }));
        steps.put(GOALS_SPACE, step(db, () -> (Integer) goals.listSpace().get("total")));
        steps.put(GOALS_ALL, step(db, () -> (Integer) goals.listAll().get("total")));
        steps.put(GOALS_LABEL, step(db, () -> (Integer) goals.listLabel().get("total")));
        return steps;
    }

    /** Counts one view of each knowledge log after one round has run (start-up costs are not per-view ones). */
    private static Map<String, Step> countKnowledge(BenchDatabase db) {
        Knowledge knowledge = new Knowledge(db.ao);
        for (Map<String, String> log : List.of(Knowledge.SPACE, Knowledge.DEPARTMENT, Knowledge.ALL)) {
            knowledge.log(log);
        }
        Map<String, Step> steps = new LinkedHashMap<>();
        steps.put(LOG_SPACE, step(db, () -> ((List<?>) knowledge.log(Knowledge.SPACE).get("rows")).size()));
        steps.put(LOG_DEPARTMENT, step(db, () -> ((List<?>) knowledge.log(Knowledge.DEPARTMENT).get("rows")).size()));
        steps.put(LOG_ALL, step(db, () -> ((List<?>) knowledge.log(Knowledge.ALL).get("rows")).size()));
        return steps;
    }

    private static String knowledgeReport(String kind, int[] sizes, Map<Integer, Map<String, Step>> counts,
                                          Map<Integer, long[]> tables, Map<String, double[]> times) {
        StringBuilder md = new StringBuilder();
        md.append("## Knowledge log on ").append(kind).append("\n\n");
        md.append("Confluence's `knowledge-log` macro with `kind=results` (the learnings log) in the page's space ")
                .append(GoalData.BUSY_SPACE).append(" (a fifth of all pages), the same with `department=sales`, and ")
                .append("with `space=*`; up to 20 rows shown, every page visible to the reader (the host's page permission ")
                .append("checks are answered from memory). The macro, `KnowledgeLogView`, `KnowledgeService` and ")
                .append("`AoKnowledgeStore` are the plugin's; same JMH settings as above.\n\n");
        boolean two = sizes.length == 2;
        StringBuilder header = new StringBuilder("| Measure |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int size : sizes) {
            long[] t = tables.get(size);
            header.append(String.format(" %,d pages, %,d department rows |", t[0], t[1]));
            rule.append("---:|");
        }
        if (two) {
            header.append(" Largest ÷ smallest |");
            rule.append("---:|");
        }
        md.append(header).append(" Target | Met |\n").append(rule).append("---|---|\n");
        String[][] counted = {
            {LOG_SPACE, "SQL statements: learnings log of the page's space"},
            {LOG_DEPARTMENT, "SQL statements: learnings log of the page's space, sales"},
            {LOG_ALL, "SQL statements: learnings log of every space"}};
        for (String[] c : counted) {
            countRow(md, c[1], sizes, counts, c[0], "≤ 3, constant (QUALITY.md)",
                    constant(counts, c[0]) && max(counts, c[0]) <= 3);
        }
        md.append("| Rows shown: page's space / sales / every space |");
        for (int size : sizes) {
            md.append(String.format(" %d / %d / %d |", counts.get(size).get(LOG_SPACE).items(),
                    counts.get(size).get(LOG_DEPARTMENT).items(), counts.get(size).get(LOG_ALL).items()));
        }
        md.append(two ? " | | |\n" : " | |\n");
        String[][] timed = {
            {LOG_SPACE, "Time: learnings log of the page's space, µs", "≤ 1.5"},
            {LOG_DEPARTMENT, "Time: the same, sales, µs", "≤ 1.5"},
            {LOG_ALL, "Time: learnings log of every space, µs", "≤ 1.5"},
            {"storeDepartment", "Time: the store's two statements for the sales log, µs", ""}};
        for (String[] t : timed) {
            md.append("| ").append(t[1]).append(" |");
            for (int size : sizes) {
                double[] time = times.get("knowledge." + t[0] + "@" + size);
                md.append(time == null ? " – |" : String.format(" %,.1f ± %,.1f |", time[0], time[1]));
            }
            double r = two ? ratio(times, "knowledge." + t[0], sizes[1], "knowledge." + t[0], sizes[0]) : Double.NaN;
            if (two) {
                md.append(String.format(" %.2f |", r));
            }
            md.append(t[2].isEmpty() || !two ? " | |\n"
                    : " " + t[2] + " | " + (r <= 1.5 ? "yes" : "**no**") + " |\n");
        }
        int largest = sizes[sizes.length - 1];
        md.append(String.format("%nStatements at %,d pages:%n%n", tables.get(largest)[0]));
        List<String> lines = new ArrayList<>();
        for (String step : List.of(LOG_SPACE, LOG_DEPARTMENT, LOG_ALL)) {
            int n = 1;
            for (String sql : counts.get(largest).get(step).sql()) {
                lines.add(String.format("- %s %d: `%s`", step, n++, sql));
            }
        }
        md.append(String.join("\n", lines)).append('\n');
        return md.toString();
    }

    private static Step step(BenchDatabase db, Supplier<Integer> work) {
        long before = db.dataSource.executed();
        db.dataSource.record();
        int items = work.get();
        List<String> sql = db.dataSource.recorded();
        return new Step(db.dataSource.executed() - before, sql, items);
    }

    private static String report(String kind, int[] sizes, Map<Integer, Map<String, Step>> counts,
                                 Map<String, double[]> times) {
        StringBuilder md = new StringBuilder();
        String command = kind.equals("hsqldb") ? "mvn -Pbench" : "mvn -Pbench -Dkakehashi.bench.db=" + kind;
        md.append("## Thanks panel on ").append(kind).append(" — ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(
                        java.time.ZoneOffset.UTC)).replaceAll("\\.\\d+", "")).append("\n\n");
        md.append("Command: `").append(command).append("` · Java ").append(System.getProperty("java.version"))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores · JMH average time, ")
                .append("1 fork, 3 × 1 s warm-up, 5 × 2 s measured; ± is the 99.9 % confidence half-width.\n\n");

        StringBuilder header = new StringBuilder("| Measure |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int size : sizes) {
            header.append(String.format(" %,d rows (%,d on the issue) |", size, DataGenerator.busyIssueShare(size)));
            rule.append("---:|");
        }
        boolean two = sizes.length == 2;
        if (two) {
            header.append(" Largest ÷ smallest |");
            rule.append("---:|");
        }
        header.append(" Target | Met |");
        rule.append("---|---|");
        md.append(header).append('\n').append(rule).append('\n');

        Map<String, Long> renderStatements = new LinkedHashMap<>();
        for (int size : sizes) {
            Map<String, Step> s = counts.get(size);
            renderStatements.put(Integer.toString(size), s.get(MODEL).statements() + s.get(FIRST).statements());
        }
        countRow(md, "SQL statements: model (departments, values, policy, suggestions)", sizes, counts, MODEL,
                "small constant", constant(counts, MODEL));
        countRow(md, "SQL statements: list, first page", sizes, counts, FIRST, "≤ 3, constant",
                constant(counts, FIRST) && max(counts, FIRST) <= 3);
        countRow(md, "SQL statements: list, next page (cursor)", sizes, counts, NEXT, "≤ 3, constant",
                constant(counts, NEXT) && max(counts, NEXT) <= 3);
        md.append("| SQL statements: render (model + first page) |");
        renderStatements.values().forEach(n -> md.append(' ').append(n).append(" |"));
        if (two) {
            md.append(" |");
        }
        boolean renderOk = renderStatements.values().stream().distinct().count() == 1
                && renderStatements.values().stream().allMatch(n -> n <= 3);
        md.append(" ≤ 3, constant (QUALITY.md) | ").append(renderOk ? "yes" : "**no**").append(" |\n");

        String[][] timed = {
            {RENDER, "Time: render (model + first page), µs", "≤ 1.5"},
            {MODEL, "Time: model, µs", ""},
            {FIRST, "Time: list, first page, µs", ""},
            {NEXT, "Time: list, next page, µs", ""},
            {HAND, "Time: hand-written JDBC first page, µs", ""}};
        for (String[] t : timed) {
            md.append("| ").append(t[1]).append(" |");
            for (int size : sizes) {
                double[] time = times.get(t[0] + "@" + size);
                md.append(time == null ? " – |" : String.format(" %,.1f ± %,.1f |", time[0], time[1]));
            }
            if (two) {
                md.append(String.format(" %.2f |", ratio(times, t[0], sizes[1], t[0], sizes[0])));
            }
            if (t[2].isEmpty() || !two) {
                md.append(" | |\n");
            } else {
                double r = ratio(times, t[0], sizes[1], t[0], sizes[0]);
                md.append(' ').append(t[2]).append(" | ").append(r <= 1.5 ? "yes" : "**no**").append(" |\n");
            }
        }
        md.append("| List first page ÷ hand-written query |");
        boolean floorOk = true;
        for (int size : sizes) {
            double r = ratio(times, FIRST, size, HAND, size);
            floorOk &= r <= 3;
            md.append(String.format(" %.2f |", r));
        }
        if (two) {
            md.append(" |");
        }
        md.append(" ≤ 3 | ").append(floorOk ? "yes" : "**no**").append(" |\n\n");

        int largest = sizes[sizes.length - 1];
        md.append(String.format("Statements of one render at %,d rows (first page: %d thanks shown):%n%n", largest,
                counts.get(largest).get(FIRST).items()));
        List<String> lines = new ArrayList<>();
        for (String step : List.of(MODEL, FIRST, NEXT)) {
            int n = 1;
            for (String sql : counts.get(largest).get(step).sql()) {
                lines.add(String.format("- %s %d: `%s`", step, n++, sql));
            }
        }
        md.append(String.join("\n", lines)).append('\n');
        return md.toString();
    }

    private static String requestReport(String kind, int[] sizes, Map<Integer, Map<String, Step>> counts,
                                        Map<Integer, long[]> tables, Map<String, double[]> times) {
        StringBuilder md = new StringBuilder();
        md.append("## Collaboration request panel on ").append(kind).append("\n\n");
        md.append("The busy request issue ").append(Requests.ISSUE_KEY).append(" (also the thanks panel's busy issue), ")
                .append("at step 5 between ").append(Requests.FROM).append(" and ").append(Requests.TO)
                .append(", viewed by a reader who may browse and edit it; the services' clock stands at ")
                .append(RequestData.NOW).append(", the end of the data's year, so the partnership's thanks counts ")
                .append("cover a whole year of thanks. Same JMH settings as above.\n\n");

        boolean two = sizes.length == 2;
        StringBuilder header = new StringBuilder("| Measure |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int size : sizes) {
            long[] t = tables.get(size);
            header.append(String.format(" %,d requests, %,d history entries (%,d entries and %,d thanks on the issue) |",
                    t[0], t[1], RequestData.busyHistory(size), DataGenerator.busyIssueShare(size)));
            rule.append("---:|");
        }
        if (two) {
            header.append(" Largest ÷ smallest |");
            rule.append("---:|");
        }
        header.append(" Target | Met |");
        rule.append("---|---|");
        md.append(header).append('\n').append(rule).append('\n');

        countRow(md, "SQL statements: `CollaborationService#view`", sizes, counts, VIEW, "≤ 3, constant",
                constant(counts, VIEW) && max(counts, VIEW) <= 3);
        countRow(md, "SQL statements: `CollaborationService#partnership` (REST, for other clients), thanks counts "
                        + "cached", sizes, counts, PARTNERSHIP, "≤ 3, constant",
                constant(counts, PARTNERSHIP) && max(counts, PARTNERSHIP) <= 3);
        countRow(md, "SQL statements: `partnership` with the cached counts dropped (after a thanks between the two "
                        + "departments, or an hour)", sizes, counts, PARTNERSHIP_COLD, "≤ 3, constant",
                constant(counts, PARTNERSHIP_COLD) && max(counts, PARTNERSHIP_COLD) <= 3);
        countRow(md, "SQL statements: the department requests page, first page of 25", sizes, counts, REQUEST_LIST,
                "≤ 3, constant", constant(counts, REQUEST_LIST) && max(counts, REQUEST_LIST) <= 3);
        countRow(md, "Jira issue lookups: the department requests page, first page of 25 (one per chunk of 50 "
                + "read, not one per row)", sizes, counts, REQUEST_LIST_LOOKUPS, "constant",
                constant(counts, REQUEST_LIST_LOOKUPS));
        countRow(md, "SQL statements: one view of the issue (the panel, partnership included), thanks caches "
                        + "warm", sizes, counts, PANEL, "≤ 3, constant (QUALITY.md)",
                constant(counts, PANEL) && max(counts, PANEL) <= 3);
        countRow(md, "SQL statements: one view of the issue with the thanks caches empty (first view, or after a "
                        + "thanks on the issue or between the departments)", sizes, counts, PANEL_COLD,
                "≤ 3 + one per cache loaded", constant(counts, PANEL_COLD) && max(counts, PANEL_COLD) <= 6);

        String[][] timed = {
            {VIEW, "Time: `view`, µs", "≤ 1.5"},
            {PANEL, "Time: one view of the issue (condition + panel model, partnership included), µs", "≤ 1.5"},
            {PARTNERSHIP, "Time: `partnership`, µs", "≤ 1.5"},
            {"findRequest", "Time: the request (view, statement 1), µs", ""},
            {"partnerThanked", "Time: partner thanked on the issue? (view, statement 2; yes), µs", ""},
            {"partnerNotThanked", "Time: the same for a department never thanked there (no), µs", ""},
            {"history", "Time: latest 50 history entries (view, statement 3), µs", ""},
            {"earlierRequests", "Time: earlier requests between the departments, 25 (partnership), µs", ""},
            {"thanksBetween", "Time: thanks from one department to the other in a year (partnership, × 2 when not "
                + "cached), µs", ""}};
        for (String[] t : timed) {
            md.append("| ").append(t[1]).append(" |");
            for (int size : sizes) {
                double[] time = times.get("request." + t[0] + "@" + size);
                md.append(time == null ? " – |" : String.format(" %,.1f ± %,.1f |", time[0], time[1]));
            }
            double r = two ? ratio(times, "request." + t[0], sizes[1], "request." + t[0], sizes[0]) : Double.NaN;
            if (two) {
                md.append(String.format(" %.2f |", r));
            }
            if (t[2].isEmpty() || !two) {
                md.append(" | |\n");
            } else {
                md.append(' ').append(t[2]).append(" | ").append(r <= 1.5 ? "yes" : "**no**").append(" |\n");
            }
        }
        // One view of the issue is the panel's model: the partnership is part of it.

        int largest = sizes[sizes.length - 1];
        md.append(String.format("%nStatements at %,d requests (view: %d history entries shown; partnership: %d "
                        + "earlier requests shown):%n%n", largest, counts.get(largest).get(VIEW).items(),
                counts.get(largest).get(PARTNERSHIP).items()));
        List<String> lines = new ArrayList<>();
        for (String step : List.of(VIEW, PANEL, PARTNERSHIP, PARTNERSHIP_COLD, REQUEST_LIST)) {
            int n = 1;
            for (String sql : counts.get(largest).get(step).sql()) {
                lines.add(String.format("- %s %d: `%s`", step, n++, sql));
            }
        }
        md.append(String.join("\n", lines)).append('\n');
        return md.toString();
    }

    private static String goalReport(String kind, int[] sizes, Map<Integer, Map<String, Step>> counts,
                                     Map<Integer, long[]> tables, Map<String, double[]> times) {
        StringBuilder md = new StringBuilder();
        md.append("## Shared-goal macros on ").append(kind).append("\n\n");
        md.append("Confluence's `shared-goal` macro with `goal=").append(Goals.BUSY_GOAL)
                .append("` (the busy goal) and `shared-goals` with `department=sales, sort=due, size=10`, in the page's ")
                .append("space ").append(GoalData.BUSY_SPACE).append(" (the macro's default), with `space=*`, and ")
                .append("with `space=*` and `label=okr` as well; ")
                .append("rendered by an ordinary reader who may view every space (").append(GoalData.SPACES)
                .append(" spaces). The macros, `GoalCards`, `GoalService` and `AoGoalStore` are the plugin's; the ")
                .append("template renderer is a stand-in that keeps the model and writes nothing. Same JMH settings ")
                .append("as above.\n\n");

        boolean two = sizes.length == 2;
        StringBuilder header = new StringBuilder("| Measure |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int size : sizes) {
            long[] t = tables.get(size);
            header.append(String.format(" %,d goals, %,d history entries (%,d on the busy goal), %,d list rows |",
                    t[0], t[1], GoalData.busyHistory(size), t[2]));
            rule.append("---:|");
        }
        if (two) {
            header.append(" Largest ÷ smallest |");
            rule.append("---:|");
        }
        header.append(" Target | Met |");
        rule.append("---|---|");
        md.append(header).append('\n').append(rule).append('\n');

        String[][] counted = {
            {GOAL_MACRO, "SQL statements: `shared-goal` (`SharedGoalMacro#execute`, goal=" + Goals.BUSY_GOAL + ")"},
            {GOALS_SPACE, "SQL statements: `shared-goals`, page's space, sales, by due date"},
            {GOALS_ALL, "SQL statements: `shared-goals`, space=*, sales, by due date"},
            {GOALS_LABEL, "SQL statements: `shared-goals`, space=*, sales and label okr, by due date"}};
        for (String[] c : counted) {
            countRow(md, c[1], sizes, counts, c[0], "≤ 3, constant (QUALITY.md)",
                    constant(counts, c[0]) && max(counts, c[0]) <= 3);
        }
        md.append("| Goals matching the list (total shown by the macro), page's space / space=* / space=* and okr |");
        for (int size : sizes) {
            md.append(String.format(" %,d / %,d / %,d |", counts.get(size).get(GOALS_SPACE).items(),
                    counts.get(size).get(GOALS_ALL).items(), counts.get(size).get(GOALS_LABEL).items()));
        }
        md.append(two ? " | | |\n" : " | |\n");

        String[][] timed = {
            {GOAL_MACRO, "Time: `shared-goal`, µs", "≤ 1.5"},
            {GOALS_SPACE, "Time: `shared-goals`, page's space, µs", "≤ 1.5"},
            {GOALS_ALL, "Time: `shared-goals`, space=*, µs", "≤ 1.5"},
            {GOALS_LABEL, "Time: `shared-goals`, space=* and label okr, µs", "≤ 1.5"},
            {"findGoal", "Time: the goal row and its lists (`shared-goal`, statements 1–2), µs", ""},
            {"history", "Time: latest 52 history entries of the busy goal (`shared-goal`, statement 3), µs", "≤ 1.5"},
            {"pageAll", "Time: the store's page, space=* (count, 10 goals, their lists), µs", ""},
            {"handPageAll", "Time: the same page by hand-written JDBC (count, goals joined to lists), µs", ""}};
        for (String[] t : timed) {
            md.append("| ").append(t[1]).append(" |");
            for (int size : sizes) {
                double[] time = times.get("goal." + t[0] + "@" + size);
                md.append(time == null ? " – |" : String.format(" %,.1f ± %,.1f |", time[0], time[1]));
            }
            double r = two ? ratio(times, "goal." + t[0], sizes[1], "goal." + t[0], sizes[0]) : Double.NaN;
            if (two) {
                md.append(String.format(" %.2f |", r));
            }
            if (t[2].isEmpty() || !two) {
                md.append(" | |\n");
            } else {
                md.append(' ').append(t[2]).append(" | ").append(r <= 1.5 ? "yes" : "**no**").append(" |\n");
            }
        }

        md.append("| Our `shared-goals` (space=*) ÷ hand-written JDBC page |");
        for (int size : sizes) {
            md.append(String.format(" %.2f |", ratio(times, "goal." + GOALS_ALL, size, "goal.handPageAll", size)));
        }
        double worst = Arrays.stream(sizes).mapToDouble(size -> ratio(times, "goal." + GOALS_ALL, size,
                "goal.handPageAll", size)).max().orElse(Double.NaN);
        md.append(two ? " |" : "").append(" ≤ 3 | ").append(worst <= 3 ? "yes" : "**no**").append(" |\n");

        int largest = sizes[sizes.length - 1];
        md.append(String.format("%nStatements at %,d goals (`shared-goal`: %d chart points drawn):%n%n",
                tables.get(largest)[0], counts.get(largest).get(GOAL_MACRO).items()));
        List<String> lines = new ArrayList<>();
        for (String step : List.of(GOAL_MACRO, GOALS_SPACE, GOALS_ALL, GOALS_LABEL)) {
            int n = 1;
            for (String sql : counts.get(largest).get(step).sql()) {
                lines.add(String.format("- %s %d: `%s`", step, n++, sql));
            }
        }
        md.append(String.join("\n", lines)).append('\n');
        return md.toString();
    }

    private static void countRow(StringBuilder md, String label, int[] sizes, Map<Integer, Map<String, Step>> counts,
                                 String step, String target, boolean met) {
        md.append("| ").append(label).append(" |");
        for (int size : sizes) {
            md.append(' ').append(counts.get(size).get(step).statements()).append(" |");
        }
        if (sizes.length == 2) {
            md.append(" |");
        }
        md.append(' ').append(target).append(" | ").append(met ? "yes" : "**no**").append(" |\n");
    }

    private static boolean constant(Map<Integer, Map<String, Step>> counts, String step) {
        return counts.values().stream().map(s -> s.get(step).statements()).distinct().count() == 1;
    }

    private static long max(Map<Integer, Map<String, Step>> counts, String step) {
        return counts.values().stream().mapToLong(s -> s.get(step).statements()).max().orElse(0);
    }

    private static double ratio(Map<String, double[]> times, String a, int sizeA, String b, int sizeB) {
        double[] x = times.get(a + "@" + sizeA);
        double[] y = times.get(b + "@" + sizeB);
        return x == null || y == null ? Double.NaN : x[0] / y[0];
    }
}
