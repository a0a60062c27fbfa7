package dev.kakehashi.schedule.scheduler;

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
import dev.kakehashi.schedule.ScheduledMail;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the scheduled mail every five minutes on one node of the cluster, through the host's scheduler, as the
 * retention purge does: every node registers the runner when the app starts and unregisters it when it stops; the job
 * (RUN_ONCE_PER_CLUSTER) is kept by the host.
 */
public class SchedulerMailJob implements LifecycleAware, JobRunner {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("dev.kakehashi.kakehashi.mail");
    public static final JobId JOB = JobId.of("dev.kakehashi.kakehashi.mail.scheduled");
    static final Duration INTERVAL = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(SchedulerMailJob.class);

    private final SchedulerService scheduler;
    private final ScheduledMail mail;
    private final Clock clock;

    public SchedulerMailJob(SchedulerService scheduler, ScheduledMail mail, Clock clock) {
        this.scheduler = scheduler;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER, this);
        try {
            scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(INTERVAL.toMillis(),
                            Date.from(clock.instant().plus(Duration.ofMinutes(1))))));
        } catch (SchedulerServiceException | RuntimeException e) {
            // The app works without it; emails and reminders wait until a node schedules the job again.
            LOG.warn("Kakehashi could not schedule its mail job", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            ScheduledMail.Run run = mail.run();
            LOG.debug("Kakehashi scheduled mail: {}", run.describe());
            return JobRunnerResponse.success(run.describe());
        } catch (RuntimeException e) {
            LOG.warn("Kakehashi scheduled mail failed; the next run tries again", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
