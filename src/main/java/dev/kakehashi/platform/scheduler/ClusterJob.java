package dev.kakehashi.platform.scheduler;

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
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work the app runs on one node of the cluster at a time, through the host's scheduler: every node registers the
 * runner when the app starts and unregisters it when the app stops; the job itself (RUN_ONCE_PER_CLUSTER) is kept by
 * the host and scheduled again at every start. A run that fails is logged and reported to the scheduler; the next
 * run tries again. The app works without the job if it cannot be scheduled (logged as a warning).
 */
public abstract class ClusterJob implements LifecycleAware, JobRunner {
    private final SchedulerService scheduler;
    private final JobRunnerKey runner;
    private final JobId job;
    private final String name;
    private final Logger log;

    /**
     * @param name what the job does, for the logs ("scheduled mail", "retention purge")
     */
    protected ClusterJob(SchedulerService scheduler, JobRunnerKey runner, JobId job, String name) {
        this.scheduler = scheduler;
        this.runner = runner;
        this.job = job;
        this.name = name;
        this.log = LoggerFactory.getLogger(getClass());
    }

    /**
     * Every day at {@code at} of the server's day, from the next such time: a start schedules the job again at the
     * same hour, so restarts do not push the next run back.
     */
    protected static Schedule dailyAt(LocalTime at, Clock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime today = now.with(at);
        ZonedDateTime first = today.isAfter(now) ? today : today.plusDays(1);
        return Schedule.forInterval(TimeUnit.DAYS.toMillis(1), Date.from(first.toInstant()));
    }

    /** When the job runs, as of now. */
    protected abstract Schedule schedule();

    /** Runs the work once and says what it did, for the scheduler's record and the log. */
    protected abstract String work();

    /** Whether each run's result is logged at INFO (a daily job) rather than DEBUG (a frequent one). */
    protected boolean logsEveryRun() {
        return false;
    }

    @Override
    public final void onStart() {
        scheduler.registerJobRunner(runner, this);
        try {
            scheduler.scheduleJob(job, JobConfig.forJobRunnerKey(runner).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(schedule()));
        } catch (SchedulerServiceException | RuntimeException e) {
            log.warn("Kakehashi could not schedule its {}; it waits until a node schedules it again", name, e);
        }
    }

    @Override
    public final void onStop() {
        scheduler.unregisterJobRunner(runner);
    }

    @Override
    public final JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            String done = work();
            if (logsEveryRun()) {
                log.info("Kakehashi {}: {}", name, done);
            } else {
                log.debug("Kakehashi {}: {}", name, done);
            }
            return JobRunnerResponse.success(done);
        } catch (RuntimeException e) {
            log.warn("Kakehashi {} failed; the next run tries again", name, e);
            return JobRunnerResponse.failed(e);
        }
    }
}
