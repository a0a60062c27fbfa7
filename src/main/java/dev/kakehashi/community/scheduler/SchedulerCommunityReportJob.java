package dev.kakehashi.community.scheduler;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import dev.kakehashi.community.CommunityService;
import dev.kakehashi.platform.scheduler.DailyClusterJob;
import java.time.Clock;
import java.time.LocalTime;

/**
 * Writes last month's report of every community, on one node of the cluster. It runs daily and writes only reports
 * that are missing, so the reports appear on the 1st, or on the first day after it that the job runs. It also counts
 * every community's members again.
 */
public class SchedulerCommunityReportJob extends DailyClusterJob {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("dev.kakehashi.kakehashi.community");
    static final JobId JOB = JobId.of("dev.kakehashi.kakehashi.community.monthly");
    /** After the department map at 03:30. */
    static final LocalTime RUN_AT = LocalTime.of(4, 0);

    private final CommunityService communities;

    public SchedulerCommunityReportJob(SchedulerService scheduler, CommunityService communities, Clock clock) {
        super(scheduler, RUNNER, JOB, "community monthly reports", RUN_AT, clock);
        this.communities = communities;
    }

    @Override
    protected String work() {
        int reports = communities.writeMonthlyReports();
        return reports + " community monthly reports written, members of " + communities.recountMembers()
                + " communities counted";
    }
}
