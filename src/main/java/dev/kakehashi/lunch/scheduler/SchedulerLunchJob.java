package dev.kakehashi.lunch.scheduler;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import dev.kakehashi.lunch.LunchService;
import dev.kakehashi.platform.scheduler.DailyClusterJob;
import java.time.Clock;
import java.time.LocalTime;

/**
 * Forms the shuffle lunch rounds due today and asks "did you meet?" after earlier ones, once a day on one node of the
 * cluster. A second run on the same day forms nothing again: each round is written once (its key is unique).
 */
public class SchedulerLunchJob extends DailyClusterJob {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("dev.kakehashi.kakehashi.lunch");
    static final JobId JOB = JobId.of("dev.kakehashi.kakehashi.lunch.daily");
    /** The run's time of the server's day: in the morning, so that groups know before lunch. */
    static final LocalTime RUN_AT = LocalTime.of(7, 0);

    private final LunchService lunch;

    public SchedulerLunchJob(SchedulerService scheduler, LunchService lunch, Clock clock) {
        super(scheduler, RUNNER, JOB, "shuffle lunch rounds", RUN_AT, clock);
        this.lunch = lunch;
    }

    @Override
    protected String work() {
        return lunch.daily();
    }
}
