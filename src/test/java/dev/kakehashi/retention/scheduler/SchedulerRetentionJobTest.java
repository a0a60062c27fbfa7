package dev.kakehashi.retention.scheduler;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.RunMode;
import dev.kakehashi.retention.RetentionPolicy;
import dev.kakehashi.retention.RetentionService;
import dev.kakehashi.retention.RetentionStore;
import dev.kakehashi.sandbox.host.SandboxJobs;
import dev.kakehashi.sandbox.host.SandboxScheduler;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Before;
import org.junit.Test;

/** Two nodes of a cluster on the sandbox's scheduler, whose jobs the cluster shares. */
public class SchedulerRetentionJobTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** 12:00 in Tokyo. */
    private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");
    /** 03:00 the next day in Tokyo. */
    private static final Instant NEXT_RUN = Instant.parse("2026-12-06T18:00:00Z");

    private final AtomicInteger purges = new AtomicInteger();
    private final RetentionStore store = new RetentionStore() {
        @Override
        public RetentionPolicy policy() {
            return new RetentionPolicy(2);
        }

        @Override
        public void save(RetentionPolicy policy) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int purgeThanks(long before, int batchSize) {
            purges.incrementAndGet();
            return 0;
        }

        @Override
        public int purgeRequestHistory(long before, int batchSize) {
            return 0;
        }

        @Override
        public int purgeGoalHistory(long before, int batchSize) {
            return 0;
        }

        @Override
        public int purgeLunchRounds(long before, int batchSize) {
            return 0;
        }
    };
    private SandboxJobs cluster;
    private SchedulerRetentionJob first;
    private SchedulerRetentionJob second;

    @Before
    public void startTwoNodes() {
        cluster = new SandboxJobs();
        first = node(cluster.join());
        second = node(cluster.join());
        first.onStart();
        second.onStart();
    }

    private SchedulerRetentionJob node(SandboxScheduler scheduler) {
        Clock clock = Clock.fixed(NOW, TOKYO);
        return new SchedulerRetentionJob(scheduler, new RetentionService(store, null, clock), clock);
    }

    @Test
    public void everyNodeSchedulesOneDailyJobForTheClusterAtThreeInTheMorning() {
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER,
                cluster.job(SchedulerRetentionJob.JOB).orElseThrow().getRunMode());
        assertEquals(NEXT_RUN, cluster.nextRun(SchedulerRetentionJob.JOB).orElseThrow());
        assertEquals(86_400_000L,
                cluster.job(SchedulerRetentionJob.JOB).orElseThrow().getSchedule().sandboxInterval());
    }

    @Test
    public void aDueRunPurgesOnceForTheWholeClusterAndTheNextWaitsADay() {
        assertEquals(List.of(), cluster.runDue(NEXT_RUN.minusSeconds(1)));
        assertEquals(0, purges.get());

        assertEquals(List.of(SchedulerRetentionJob.JOB), cluster.runDue(NEXT_RUN));

        assertEquals(1, purges.get());
        assertEquals(NEXT_RUN.plusSeconds(86_400), cluster.nextRun(SchedulerRetentionJob.JOB).orElseThrow());
        JobRunnerResponse now = cluster.runNow(SchedulerRetentionJob.JOB).orElseThrow();
        assertTrue(now.sandboxSucceeded());
        assertEquals(2, purges.get());
    }

    @Test
    public void aStoppedNodeRunsNothingAndTheOtherStillDoes() {
        first.onStop();
        assertTrue(cluster.runNow(SchedulerRetentionJob.JOB).isPresent());
        assertEquals(1, purges.get());

        second.onStop();
        assertFalse(cluster.runNow(SchedulerRetentionJob.JOB).isPresent());
        assertEquals(1, purges.get());
    }

    @Test
    public void aFailingPurgeIsReportedAsAFailedRun() {
        SandboxJobs alone = new SandboxJobs();
        Clock clock = Clock.fixed(NOW, TOKYO);
        RetentionService broken = new RetentionService(new RetentionStore() {
            @Override
            public RetentionPolicy policy() {
                throw new IllegalStateException("database gone");
            }

            @Override
            public void save(RetentionPolicy policy) {
            }

            @Override
            public int purgeThanks(long before, int batchSize) {
                return 0;
            }

            @Override
            public int purgeRequestHistory(long before, int batchSize) {
                return 0;
            }

            @Override
            public int purgeGoalHistory(long before, int batchSize) {
                return 0;
            }

            @Override
            public int purgeLunchRounds(long before, int batchSize) {
                return 0;
            }
        }, null, clock);
        new SchedulerRetentionJob(alone.join(), broken, clock).onStart();

        assertFalse(alone.runNow(SchedulerRetentionJob.JOB).orElseThrow().sandboxSucceeded());
    }
}
