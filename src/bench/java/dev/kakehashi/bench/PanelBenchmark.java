package dev.kakehashi.bench;

import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksPage;
import java.sql.SQLException;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The thanks panel's server work on the busy issue, at each data-set size, next to the hand-written floor. The data
 * sets are written beforehand by {@link BenchMain}; each fork only opens one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
public class PanelBenchmark {
    @Param({"1000", "1000000"})
    public int rows;

    private BenchDatabase db;
    private Panel panel;
    private HandQuery hand;
    private Long cursor;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        db = BenchDatabase.open(rows);
        panel = new Panel(db.ao);
        hand = new HandQuery(db);
        cursor = panel.firstPage().next();
        if (cursor == null || hand.firstPage(Panel.VIEWER).size() != Panel.PAGE + 1) {
            throw new IllegalStateException("The busy issue has fewer thanks than two pages; run BenchMain first");
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }

    /** What the issue view waits for: the panel's model and the first page of thanks. */
    @Benchmark
    public ThanksPage render(Blackhole sink) {
        sink.consume(panel.model());
        return panel.firstPage();
    }

    @Benchmark
    public Map<String, Object> model() {
        return panel.model();
    }

    @Benchmark
    public ThanksPage firstPage() {
        return panel.firstPage();
    }

    @Benchmark
    public ThanksPage nextPage() {
        return panel.pageBefore(cursor);
    }

    @Benchmark
    public List<Thanks> handWrittenFirstPage() throws SQLException {
        return hand.firstPage(Panel.VIEWER);
    }

    /** The thanks wall's "thanks to me": the viewer's public and private thanks received, first page. */
    @Benchmark
    public ThanksPage personPage() {
        return panel.toViewer();
    }

    @Benchmark
    public List<Thanks> handWrittenPersonPage() throws SQLException {
        return hand.toViewer(db, Panel.VIEWER);
    }

    /** The thanks wall filtered by a department, first page. */
    @Benchmark
    public ThanksPage departmentPage() {
        return panel.ofDepartment();
    }

    @Benchmark
    public List<Thanks> handWrittenDepartmentPage() throws SQLException {
        return hand.ofDepartment(db, Panel.VIEWER);
    }
}
