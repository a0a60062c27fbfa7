package dev.kakehashi.insights.scheduler;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import dev.kakehashi.insights.DepartmentMapService;
import dev.kakehashi.platform.scheduler.DailyClusterJob;
import java.time.Clock;
import java.time.LocalTime;

/**
 * Recomputes the department map's aggregates once a night on one node of the cluster, after the retention purge.
 *
 */
public class SchedulerDepartmentMapJob extends DailyClusterJob {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("dev.kakehashi.kakehashi.insights");
    static final JobId JOB = JobId.of("dev.kakehashi.kakehashi.insights.nightly");
    /** The run's time of the server's day: after the purge at 03:00, when few people use the products. */
    static final LocalTime RUN_AT = LocalTime.of(3, 30);

    private final DepartmentMapService maps;

    public SchedulerDepartmentMapJob(SchedulerService scheduler, DepartmentMapService maps, Clock clock) {
        super(scheduler, RUNNER, JOB, "department map aggregation", RUN_AT, clock);
        this.maps = maps;
    }

    @Override
    protected String work() {
        return "department map aggregates computed at " + maps.refresh();
    }
}
