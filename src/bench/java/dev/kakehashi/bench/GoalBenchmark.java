package dev.kakehashi.bench;

import dev.kakehashi.goals.Goal;
import dev.kakehashi.goals.GoalStore;
import dev.kakehashi.goals.GoalUpdate;
import dev.kakehashi.goals.web.GoalCards;
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
 * The shared-goal macros' server work at each data-set size: the {@code shared-goal} macro on the busy goal, the
 * {@code shared-goals} macro in the page's space and over every space, and each statement of those on its own, so
 * that a time that grows with the data points at its query. The data sets are written beforehand by
 * {@link BenchMain}; each fork only opens one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
public class GoalBenchmark {
    @Param({"1000", "1000000"})
    public int rows;

    private BenchDatabase db;
    private Goals goals;
    private HandGoalPage hand;

    @Setup(Level.Trial)
    public void open() {
        db = BenchDatabase.open(rows);
        goals = new Goals(db.ao);
        GoalCards.Card card = (GoalCards.Card) goals.goal().get("card");
        List<?> listed = (List<?>) goals.listAll().get("rows");
        if (card == null || card.chartPoints().isEmpty() || listed.size() != 10) {
            throw new IllegalStateException("The busy goal or the goals of sales are missing; run BenchMain first");
        }
        hand = new HandGoalPage(db);
        List<Goal> ours = goals.store.page(Goals.ALL_SALES, Goals.SPACES).goals();
        try {
            if (!hand.page(Goals.SPACES).goals().equals(ours)) {
                throw new IllegalStateException("The hand-written page differs from the store's");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }

    /** {@code SharedGoalMacro#execute} with {@code goal=1}: the card of the busy goal. */
    @Benchmark
    public Map<String, Object> goalMacro() {
        return goals.goal();
    }

    /** {@code SharedGoalsMacro#execute} in the page's space: sales, by due date, 10 shown. */
    @Benchmark
    public Map<String, Object> goalsMacroSpace() {
        return goals.listSpace();
    }

    /** {@code SharedGoalsMacro#execute} with {@code space=*}: sales in every space, by due date, 10 shown. */
    @Benchmark
    public Map<String, Object> goalsMacroAll() {
        return goals.listAll();
    }

    /** {@code SharedGoalsMacro#execute} with {@code space=*}: sales and the label okr in every space. */
    @Benchmark
    public Map<String, Object> goalsMacroLabel() {
        return goals.listLabel();
    }

    /** The card's first two statements: the goal row and its lists. */
    @Benchmark
    public Optional<Goal> findGoal() {
        return goals.store.find(GoalData.BUSY_ID);
    }

    /** The card's third statement: the busy goal's latest 52 history entries. */
    @Benchmark
    public List<GoalUpdate> history() {
        return goals.store.history(GoalData.BUSY_ID, 52);
    }

    /** The store's page over every space (sales, by due date): the count, the 10 goals, their lists. */
    @Benchmark
    public GoalStore.Page pageAll() {
        return goals.store.page(Goals.ALL_SALES, Goals.SPACES);
    }

    /** The same page and total by hand-written JDBC: the floor any implementation pays. */
    @Benchmark
    public GoalStore.Page handPageAll() throws java.sql.SQLException {
        return hand.page(Goals.SPACES);
    }
}
