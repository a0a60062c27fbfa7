package dev.kakehashi.retention.scheduler;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import dev.kakehashi.platform.scheduler.DailyClusterJob;
import dev.kakehashi.retention.Purged;
import dev.kakehashi.retention.RetentionService;
import java.time.Clock;
import java.time.LocalTime;

/**
 * Runs the retention purge once a day on one node of the cluster.
 */
public class SchedulerRetentionJob extends DailyClusterJob {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("dev.kakehashi.kakehashi.retention");
    static final JobId JOB = JobId.of("dev.kakehashi.kakehashi.retention.daily");
    /** The purge runs at this time of the server's day, when few people use the products. */
    static final LocalTime RUN_AT = LocalTime.of(3, 0);

    private final RetentionService retention;

    public SchedulerRetentionJob(SchedulerService scheduler, RetentionService retention, Clock clock) {
        super(scheduler, RUNNER, JOB, "retention purge", RUN_AT, clock);
        this.retention = retention;
    }

    @Override
    protected String work() {
        Purged purged = retention.purge();
        return "deleted " + purged.thanks() + " thanks, " + purged.requestEvents() + " request history entries, "
                + purged.goalUpdates() + " goal history entries, " + purged.lunchRounds() + " lunch rounds";
    }
}
