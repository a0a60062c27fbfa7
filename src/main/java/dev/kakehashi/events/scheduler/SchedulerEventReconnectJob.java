package dev.kakehashi.events.scheduler;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import dev.kakehashi.events.EventReconnect;
import dev.kakehashi.platform.scheduler.DailyClusterJob;
import java.time.Clock;
import java.time.LocalTime;

/** Reminds the attendees of events held three weeks before to keep in touch, on one node of the cluster, daily. */
public class SchedulerEventReconnectJob extends DailyClusterJob {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("dev.kakehashi.kakehashi.events");
    static final JobId JOB = JobId.of("dev.kakehashi.kakehashi.events.reconnect");
    /** In the morning, when a reminder is read the same day. */
    static final LocalTime RUN_AT = LocalTime.of(9, 30);

    private final EventReconnect reconnect;

    public SchedulerEventReconnectJob(SchedulerService scheduler, EventReconnect reconnect, Clock clock) {
        super(scheduler, RUNNER, JOB, "event reconnect reminders", RUN_AT, clock);
        this.reconnect = reconnect;
    }

    @Override
    protected String work() {
        return reconnect.remind() + " attendees reminded to keep in touch";
    }
}
