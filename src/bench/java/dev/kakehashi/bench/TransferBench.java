package dev.kakehashi.bench;

import dev.kakehashi.sandbox.ao.AoDatabase;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.thanks.ao.AoThanks;
import dev.kakehashi.transfer.ao.ExportDocument;
import dev.kakehashi.transfer.ao.ImportDocument;
import dev.kakehashi.transfer.ao.TransferTables;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Entity;
import net.java.ao.RawEntity;

/**
 * Export and import at two sizes on HSQLDB files, in a JVM whose heap is far smaller than the document: time per
 * row at the larger size ÷ at the smaller, the document's size and the heap's peak. Run it with a small heap:
 * {@code java -Xmx96m -cp … dev.kakehashi.bench.TransferBench 10000 100000}.
 */
public final class TransferBench {
    private static final String MESSAGE = "ありがとう、助かりました😀 ".repeat(60);

    private TransferBench() {
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entities() {
        List<Class<? extends Entity>> all = new ArrayList<>();
        TransferTables.ALL.forEach(t -> all.add(t.entity()));
        all.addAll(TransferTables.NOT_EXPORTED);
        return all.toArray(new Class[0]);
    }

    private static EntityManagerActiveObjects open(Path folder, String name) {
        // Cached tables with a small row cache: the embedded database keeps its rows on disk, not in the heap measured.
        String url = "jdbc:hsqldb:file:" + folder.resolve(name)
                + ";hsqldb.tx=mvcc;hsqldb.default_table_type=cached;hsqldb.cache_rows=5000";
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(AoDatabase.open(url, "SA", "", "dev.kakehashi"));
        ao.migrate(entities());
        return ao;
    }

    private static void fill(EntityManagerActiveObjects ao, int rows) {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put(AoThanks.SENDER_KEY, "JIRAUSER" + (10000 + i % 500));
            row.put(AoThanks.RECIPIENT_KEYS, "|JIRAUSER" + (10000 + (i + 1) % 500) + "|");
            row.put(AoThanks.MESSAGE, MESSAGE + i);
            row.put(AoThanks.VISIBILITY, "public");
            row.put(AoThanks.CREATED_AT, 1_764_000_000_000L + i * 1000L);
            row.put(AoThanks.SENDER_DEPARTMENTS, "|sales|");
            row.put(AoThanks.RECIPIENT_DEPARTMENTS, "|development|");
            row.put(AoThanks.CROSS_DEPARTMENT, true);
            row.put(AoThanks.STATE, "active");
            batch.add(row);
            if (batch.size() == 1000) {
                ao.create(AoThanks.class, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            ao.create(AoThanks.class, batch);
        }
    }

    private static long heapUsedPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = new ArrayList<>();
        long maxHeap = Runtime.getRuntime().maxMemory();
        double[] perRow = new double[2];
        for (int s = 0; s < 2; s++) {
            int rows = Integer.parseInt(args[s]);
            Path folder = Files.createTempDirectory("kakehashi-transfer-bench");
            EntityManagerActiveObjects source = open(folder, "source");
            EntityManagerActiveObjects target = open(folder, "target");
            fill(source, rows);
            Path document = folder.resolve("export.json");

            System.gc();
            resetPeaks();
            long started = System.nanoTime();
            ExportDocument exporter = new ExportDocument(source);
            ExportDocument.Plan plan = exporter.plan();
            try (OutputStream out = Files.newOutputStream(document)) {
                exporter.write(plan, "jira", "bench-source", Instant.now(), out, n -> { });
            }
            long exportNanos = System.nanoTime() - started;
            long exportPeak = heapUsedPeak();

            System.gc();
            resetPeaks();
            started = System.nanoTime();
            ImportDocument importer = new ImportDocument(target);
            importer.check(document, "jira", "bench-target");
            ImportDocument.Outcome outcome = importer.write(document, n -> { });
            long importNanos = System.nanoTime() - started;
            long importPeak = heapUsedPeak();
            if (outcome.added() != plan.rows()) {
                throw new IllegalStateException("imported " + outcome.added() + " of " + plan.rows());
            }
            perRow[s] = (exportNanos + importNanos) / (double) rows;
            lines.add(String.format("| %,d | %,d MB | %.1f s | %.1f s | %,d MB | %,d MB |", rows,
                    Files.size(document) / (1024 * 1024), exportNanos / 1e9, importNanos / 1e9,
                    exportPeak / (1024 * 1024), importPeak / (1024 * 1024)));
            source.entityManager().getProvider().dispose();
            target.entityManager().getProvider().dispose();
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.printf("Heap limit %,d MB (HSQLDB files, thanks with ~1,000-character messages)%n%n",
                maxHeap / (1024 * 1024));
        System.out.println("| thanks | document | export | check + import | heap peak, export | heap peak, import |");
        System.out.println("|---|---|---|---|---|---|");
        lines.forEach(System.out::println);
        System.out.printf("%nTime per row, %s ÷ %s rows: %.2f%n", args[1], args[0], perRow[1] / perRow[0]);
    }
}
