package dev.kakehashi.sandbox.host;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One node's scheduler: the runners registered on this node, the jobs shared with the cluster ({@link SandboxJobs}).
 */
public final class SandboxScheduler implements SchedulerService {
    private final SandboxJobs jobs;
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Set<JobId> local = ConcurrentHashMap.newKeySet();

    SandboxScheduler(SandboxJobs jobs) {
        this.jobs = jobs;
    }

    /** The cluster's jobs, where a test runs them. */
    public SandboxJobs jobs() {
        return jobs;
    }

    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(jobRunnerKey, jobRunner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) {
        if (jobConfig.getRunMode() == RunMode.RUN_LOCALLY) {
            local.add(jobId);
        } else {
            local.remove(jobId);
        }
        jobs.schedule(jobId, jobConfig);
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        local.remove(jobId);
        jobs.unschedule(jobId);
    }

    /** Whether this node has a runner for the key. */
    public boolean hasRunner(JobRunnerKey key) {
        return runners.containsKey(key);
    }

    Optional<JobRunner> runner(JobRunnerKey key) {
        return Optional.ofNullable(runners.get(key));
    }

    boolean scheduledLocally(JobId id) {
        return local.contains(id);
    }
}
