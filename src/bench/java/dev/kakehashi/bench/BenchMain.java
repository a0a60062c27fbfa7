package dev.kakehashi.bench;

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

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String kind = BenchDatabase.kind();
        int[] sizes = Arrays.stream(System.getProperty("kakehashi.bench.sizes", "1000,1000000").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        Path out = BenchDatabase.outputDirectory().toAbsolutePath();
        Files.createDirectories(out);

        Map<Integer, Map<String, Step>> counts = new LinkedHashMap<>();
        for (int size : sizes) {
            try (BenchDatabase db = BenchDatabase.open(size)) {
                long started = System.nanoTime();
                boolean written = DataGenerator.ensure(db);
                System.out.printf("%s, %,d thanks: %s in %d s%n", kind, size, written ? "written" : "already in place",
                        (System.nanoTime() - started) / 1_000_000_000L);
                counts.put(size, count(db));
            }
        }

        Options options = new OptionsBuilder()
                .include("^" + Pattern.quote(PanelBenchmark.class.getName()) + "\\.")
                .param("rows", Arrays.stream(sizes).mapToObj(Integer::toString).toArray(String[]::new))
                .jvmArgsAppend("-Xmx1g", "-Dkakehashi.bench.db=" + kind, "-Dkakehashi.bench.out=" + out,
                        "-Dkakehashi.bench.postgres.url=" + System.getProperty("kakehashi.bench.postgres.url", ""),
                        "-Dkakehashi.bench.postgres.user=" + System.getProperty("kakehashi.bench.postgres.user", ""))
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, double[]> times = new LinkedHashMap<>();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            times.put(method + "@" + result.getParams().getParam("rows"),
                    new double[] {result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError()});
        }

        String report = report(kind, sizes, counts, times);
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
