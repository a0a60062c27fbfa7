package dev.kakehashi.collaboration.jira;

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
import dev.kakehashi.collaboration.RequestPropertyBackfill;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link RequestPropertyBackfill} once, on one node of the cluster, a few minutes after the app starts in
 * Jira, through the host's scheduler (RUN_ONCE_PER_CLUSTER): Jira's property service needs a user and an issue,
 * which an Active Objects upgrade task has neither of. Every start schedules it again; after one complete run the
 * app keeps a mark and later runs write nothing.
 */
public class RequestPropertyBackfillJob implements LifecycleAware, JobRunner {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("dev.kakehashi.kakehashi.request-properties");
    public static final JobId JOB = JobId.of("dev.kakehashi.kakehashi.request-properties.backfill");
    static final Duration DELAY = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(RequestPropertyBackfillJob.class);

    private final SchedulerService scheduler;
    private final RequestPropertyBackfill backfill;
    private final Clock clock;

    public RequestPropertyBackfillJob(SchedulerService scheduler, RequestPropertyBackfill backfill, Clock clock) {
        this.scheduler = scheduler;
        this.backfill = backfill;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER, this);
        try {
            scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(0, Date.from(clock.instant().plus(DELAY)))));
        } catch (SchedulerServiceException | RuntimeException e) {
            // Requests get their property when they next change; the next start tries again.
            LOG.warn("Kakehashi could not schedule writing the request properties", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            return JobRunnerResponse.success(backfill.run().describe());
        } catch (RuntimeException e) {
            LOG.warn("Kakehashi could not write every request property; the next start tries again", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
