package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * Host declaration (compile only; the host's own class is used at run time): the key a job runner is registered
 * under. Mirrors
 * atlassian-scheduler-api (docs.atlassian.com/atlassian-scheduler-api/1.6.0 apidocs; Jira 10.4 ships atlassian-scheduler-api 5.0.1). See docs/HOST-FACTS.md section 27.
 */
public final class JobRunnerKey {
    private final String key;

    private JobRunnerKey(String key) {
        this.key = Objects.requireNonNull(key);
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobRunnerKey other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
