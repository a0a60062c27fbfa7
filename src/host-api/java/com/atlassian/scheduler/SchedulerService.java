package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * Host declaration (compile only; the host's own interface is used at run time): the host's scheduler, with which an
 * app registers the work it does and schedules jobs for it; only the members the plugin calls. Mirrors
 * atlassian-scheduler-api (docs.atlassian.com/atlassian-scheduler-api/1.6.0 apidocs; Jira 10.4 ships atlassian-scheduler-api 5.0.1). See docs/HOST-FACTS.md section 27.
 */
public interface SchedulerService {
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    /** Schedules the job; a job already scheduled with this ID is replaced. */
    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);
}
