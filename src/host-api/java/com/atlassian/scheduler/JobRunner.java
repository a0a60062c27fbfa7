package com.atlassian.scheduler;

/**
 * Host declaration (compile only): the work a scheduled job does, called by the scheduler when the job is due; it
 * handles its own errors and returns a response (null counts as success). Mirrors
 * atlassian-scheduler-api (docs.atlassian.com/atlassian-scheduler-api/1.6.0 apidocs; Jira 10.4 ships atlassian-scheduler-api 5.0.1). See docs/HOST-FACTS.md section 27.
 */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
