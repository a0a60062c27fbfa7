package dev.kakehashi.retention.scheduler;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import dev.kakehashi.retention.Purged;
import dev.kakehashi.retention.RetentionService;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the retention purge once a day on one node of the cluster, through the host's scheduler: every node registers
 * the runner when the app starts and unregisters it when the app stops; the job itself (RUN_ONCE_PER_CLUSTER) is kept
 * by the host. Every start schedules it again at the same hour, so restarts do not push the next run back.
 */
public class SchedulerRetentionJob implements LifecycleAware, JobRunner {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("dev.kakehashi.kakehashi.retention");
    static final JobId JOB = JobId.of("dev.kakehashi.kakehashi.retention.daily");
    /** The purge runs at this time of the server's day, when few people use the products. */
    static final LocalTime RUN_AT = LocalTime.of(3, 0);
    private static final Logger LOG = LoggerFactory.getLogger(SchedulerRetentionJob.class);

    private final SchedulerService scheduler;
    private final RetentionService retention;
    private final Clock clock;

    public SchedulerRetentionJob(SchedulerService scheduler, RetentionService retention, Clock clock) {
        this.scheduler = scheduler;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER, this);
        try {
            scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(TimeUnit.DAYS.toMillis(1), Date.from(firstRun().toInstant()))));
        } catch (SchedulerServiceException | RuntimeException e) {
            // The app works without it; old rows stay until a node schedules the purge again.
            LOG.warn("Kakehashi could not schedule its daily retention purge", e);
        }
    }

    /** The next {@link #RUN_AT} of the server's day. */
    ZonedDateTime firstRun() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime today = now.with(RUN_AT);
        return today.isAfter(now) ? today : today.plusDays(1);
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            Purged purged = retention.purge();
            String message = "deleted " + purged.thanks() + " thanks, " + purged.requestEvents()
                    + " request history entries, " + purged.goalUpdates() + " goal history entries";
            LOG.info("Kakehashi retention purge: {}", message);
            return JobRunnerResponse.success(message);
        } catch (RuntimeException e) {
            LOG.warn("Kakehashi retention purge failed; the next run tries again", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
