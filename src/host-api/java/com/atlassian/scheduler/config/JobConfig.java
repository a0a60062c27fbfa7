package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * Host declaration (compile only; the host's own class is used at run time): an immutable job configuration, built
 * from its runner's key; only the members the plugin calls. Mirrors
 * atlassian-scheduler-api (docs.atlassian.com/atlassian-scheduler-api/1.6.0 apidocs; Jira 10.4 ships atlassian-scheduler-api 5.0.1). See docs/HOST-FACTS.md section 27.
 */
public final class JobConfig {
    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
        this.jobRunnerKey = Objects.requireNonNull(jobRunnerKey);
        this.runMode = runMode;
        this.schedule = schedule;
    }

    /** Runs once per cluster, as soon as possible, until told otherwise. */
    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, Schedule.forInterval(0, null));
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode == null ? RunMode.RUN_ONCE_PER_CLUSTER : runMode, schedule);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule == null ? Schedule.forInterval(0, null) : schedule);
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }
}
