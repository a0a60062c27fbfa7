package com.atlassian.scheduler.config;

/**
 * Host declaration (compile only): how a job runs in a cluster. {@code RUN_ONCE_PER_CLUSTER}: on one node each time
 * it triggers, its schedule kept across restarts (the runner must still be registered on every start);
 * {@code RUN_LOCALLY}: on this node only, forgotten on restart. Mirrors
 * atlassian-scheduler-api (docs.atlassian.com/atlassian-scheduler-api/1.6.0 apidocs; Jira 10.4 ships atlassian-scheduler-api 5.0.1). See docs/HOST-FACTS.md section 27.
 */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
