package dev.kakehashi.retention.scheduler;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import dev.kakehashi.platform.scheduler.ClusterJob;
import dev.kakehashi.retention.Purged;
import dev.kakehashi.retention.RetentionService;
import java.time.Clock;
import java.time.LocalTime;

/**
 * Runs the retention purge once a day on one node of the cluster. Every start schedules it again at the same hour, so
 * restarts do not push the next run back.
 */
public class SchedulerRetentionJob extends ClusterJob {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("dev.kakehashi.kakehashi.retention");
    static final JobId JOB = JobId.of("dev.kakehashi.kakehashi.retention.daily");
    /** The purge runs at this time of the server's day, when few people use the products. */
    static final LocalTime RUN_AT = LocalTime.of(3, 0);

    private final RetentionService retention;
    private final Clock clock;

    public SchedulerRetentionJob(SchedulerService scheduler, RetentionService retention, Clock clock) {
        super(scheduler, RUNNER, JOB, "retention purge");
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    protected Schedule schedule() {
        return dailyAt(RUN_AT, clock);
    }

    @Override
    protected boolean logsEveryRun() {
        return true;
    }

    @Override
    protected String work() {
        Purged purged = retention.purge();
        return "deleted " + purged.thanks() + " thanks, " + purged.requestEvents() + " request history entries, "
                + purged.goalUpdates() + " goal history entries";
    }
}
