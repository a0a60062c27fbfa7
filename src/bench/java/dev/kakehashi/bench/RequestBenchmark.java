package dev.kakehashi.bench;

import dev.kakehashi.collaboration.CollaborationRequest;
import dev.kakehashi.collaboration.HistoryEntry;
import dev.kakehashi.collaboration.Partnership;
import dev.kakehashi.collaboration.RequestView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The collaboration request panel's server work on the busy request issue, at each data-set size: the service's
 * view, the panel's whole model, the partnership the panel's script loads, and each statement of those on its own,
 * so that a time that grows with the data points at its query. The data sets are written beforehand by
 * {@link BenchMain}; each fork only opens one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
public class RequestBenchmark {
    private static final Duration YEAR = Duration.ofDays(365);

    @Param({"1000", "1000000"})
    public int rows;

    private BenchDatabase db;
    private Requests requests;

    @Setup(Level.Trial)
    public void open() {
        db = BenchDatabase.open(rows);
        requests = new Requests(db.ao, rows);
        RequestView view = requests.view();
        if (!view.isSetUp() || view.history().size() != Math.min(RequestData.busyHistory(rows), 50)
                || requests.partnership().earlier().isEmpty()) {
            throw new IllegalStateException("The busy request or its partners are missing; run BenchMain first");
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }

    /** {@code CollaborationService#view}: what the panel's context provider asks for on every view. */
    @Benchmark
    public RequestView view() {
        return requests.view();
    }

    /** The panel's condition and its whole model ({@code RequestPanel#panel}), the view included. */
    @Benchmark
    public Map<String, Object> panel() {
        return requests.panel();
    }

    /** {@code CollaborationService#partnership}, which the panel's script loads on every view. */
    @Benchmark
    public Partnership partnership() {
        return requests.partnership();
    }

    /** The view's first statement: the request of the issue. */
    @Benchmark
    public Optional<CollaborationRequest> findRequest() {
        return requests.store.find(Requests.ISSUE_ID);
    }

    /** The view's history: the latest 50 entries of the busy request. */
    @Benchmark
    public List<HistoryEntry> history() {
        return requests.store.history(Requests.ISSUE_ID, 50);
    }

    /** The view's check at step 5: was the partner department thanked on this issue? */
    @Benchmark
    public boolean partnerThanked() {
        return requests.thanks.departmentThankedIn(Requests.context(), Requests.TO);
    }

    /**
     * The same check for a department never thanked on the issue, the usual state at step 5 until the requester
     * thanks the partner: no row matches, so the database looks at every thanks of the issue.
     */
    @Benchmark
    public boolean partnerNotThanked() {
        return requests.thanks.departmentThankedIn(Requests.context(), Requests.NEVER_THANKED);
    }

    /** The partnership's earlier requests between the two departments (25 read). */
    @Benchmark
    public List<dev.kakehashi.collaboration.CollaborationStore.PastRequest> earlierRequests() {
        return requests.store.between(Requests.FROM, Requests.TO, Requests.ISSUE_ID, 25);
    }

    /**
     * One of the partnership's two thanks counts as the store runs it when the cached count is missing (first view,
     * an hour later, or after someone of one department thanked the other): the year's thanks between the pair, which
     * each reader's count then filters by what the reader may see.
     */
    @Benchmark
    public int thanksBetween() {
        return requests.thanksStore.between(Requests.FROM, Requests.TO, RequestData.NOW.minus(YEAR)).size();
    }
}
