package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobId;

/**
 * Host declaration (compile only): what the scheduler tells a job runner about the run; only the members the plugin
 * calls. Mirrors
 * atlassian-scheduler-api (docs.atlassian.com/atlassian-scheduler-api/1.6.0 apidocs; Jira 10.4 ships atlassian-scheduler-api 5.0.1). See docs/HOST-FACTS.md section 27.
 */
public interface JobRunnerRequest {
    JobId getJobId();
}
