package dev.kakehashi.bench;

import dev.kakehashi.knowledge.KnowledgeKind;
import dev.kakehashi.knowledge.KnowledgePage;
import dev.kakehashi.knowledge.KnowledgeQuery;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@code knowledge-log} macro's server work at each data-set size: the results log of the busy space, the same
 * filtered by a department, and the log of every space, plus the filtered log's two statements on their own. The data
 * sets are written beforehand by {@link BenchMain}; each fork only opens one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
public class KnowledgeBenchmark {
    @Param({"1000", "1000000"})
    public int rows;

    private BenchDatabase db;
    private Knowledge knowledge;

    @Setup(Level.Trial)
    public void open() {
        db = BenchDatabase.open(rows);
        knowledge = new Knowledge(db.ao);
        if (((List<?>) knowledge.log(Knowledge.DEPARTMENT).get("rows")).isEmpty()) {
            throw new IllegalStateException("The knowledge pages are missing; run BenchMain first");
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }

    /** {@code KnowledgeLogMacro#execute}, the results log of the page's space, 20 shown. */
    @Benchmark
    public Map<String, Object> logSpace() {
        return knowledge.log(Knowledge.SPACE);
    }

    /** The same filtered by sales. */
    @Benchmark
    public Map<String, Object> logDepartment() {
        return knowledge.log(Knowledge.DEPARTMENT);
    }

    /** The results log of every space. */
    @Benchmark
    public Map<String, Object> logAll() {
        return knowledge.log(Knowledge.ALL);
    }

    /** The store's read for the filtered log (department rows, then their pages), 21 rows. */
    @Benchmark
    public List<KnowledgePage> storeDepartment() {
        return knowledge.store.list(new KnowledgeQuery(KnowledgeKind.RESULTS, GoalData.BUSY_SPACE, "sales", 0, 21));
    }
}
