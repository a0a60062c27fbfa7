package dev.kakehashi.platform.scheduler;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import java.time.Clock;
import java.time.LocalTime;

/**
 * A {@link ClusterJob} that runs once a day at a time of the server's day and logs every run. Every start schedules it
 * again at the same hour, so restarts do not push the next run back.
 */
public abstract class DailyClusterJob extends ClusterJob {
    private final LocalTime runAt;
    private final Clock clock;

    protected DailyClusterJob(SchedulerService scheduler, JobRunnerKey runner, JobId job, String name,
                              LocalTime runAt, Clock clock) {
        super(scheduler, runner, job, name);
        this.runAt = runAt;
        this.clock = clock;
    }

    @Override
    protected final Schedule schedule() {
        return dailyAt(runAt, clock);
    }

    @Override
    protected final boolean logsEveryRun() {
        return true;
    }
}
