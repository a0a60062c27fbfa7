package com.atlassian.scheduler.config;

import java.util.Date;

/**
 * Host declaration (compile only; the host's own class is used at run time): when a job runs; only the interval
 * schedule the plugin uses. Mirrors
 * atlassian-scheduler-api (docs.atlassian.com/atlassian-scheduler-api/1.6.0 apidocs; Jira 10.4 ships atlassian-scheduler-api 5.0.1). See docs/HOST-FACTS.md section 27.
 */
public final class Schedule {
    private final long intervalInMillis;
    private final Date firstRunTime;

    private Schedule(long intervalInMillis, Date firstRunTime) {
        this.intervalInMillis = intervalInMillis;
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    /** Every {@code intervalInMillis} (0: once), first at {@code firstRunTime} (null: as soon as possible). */
    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        if (intervalInMillis < 0) {
            throw new IllegalArgumentException("intervalInMillis must not be negative");
        }
        return new Schedule(intervalInMillis, firstRunTime);
    }

    /** Not in the host's class: the sandbox's way to read the interval. */
    public long sandboxInterval() {
        return intervalInMillis;
    }

    /** Not in the host's class: the sandbox's way to read the first run. */
    public Date sandboxFirstRunTime() {
        return firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }
}
