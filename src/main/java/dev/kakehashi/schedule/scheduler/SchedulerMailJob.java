package dev.kakehashi.schedule.scheduler;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import dev.kakehashi.platform.scheduler.ClusterJob;
import dev.kakehashi.schedule.ScheduledMail;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/** Runs the scheduled mail every five minutes on one node of the cluster, first a minute after the app starts. */
public class SchedulerMailJob extends ClusterJob {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("dev.kakehashi.kakehashi.mail");
    public static final JobId JOB = JobId.of("dev.kakehashi.kakehashi.mail.scheduled");
    static final Duration INTERVAL = Duration.ofMinutes(5);

    private final ScheduledMail mail;
    private final Clock clock;

    public SchedulerMailJob(SchedulerService scheduler, ScheduledMail mail, Clock clock) {
        super(scheduler, RUNNER, JOB, "scheduled mail");
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    protected Schedule schedule() {
        return Schedule.forInterval(INTERVAL.toMillis(), Date.from(clock.instant().plus(Duration.ofMinutes(1))));
    }

    @Override
    protected String work() {
        return mail.run().describe();
    }
}
