package dev.kakehashi.sandbox.host;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.RunMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The jobs of one cluster, as the host's scheduler keeps RUN_ONCE_PER_CLUSTER jobs in its database: one schedule per
 * job ID for every node, a new one replacing the old. When a job is due (or a test asks for a run now), it runs on one
 * node only: the first node that has its runner registered. Not emulated: a thread that wakes up on time (tests call
 * {@link #runDue}), misfires, run details kept in the database.
 */
public final class SandboxJobs {
    private final Map<JobId, Scheduled> jobs = new LinkedHashMap<>();
    private final List<SandboxScheduler> nodes = new CopyOnWriteArrayList<>();

    private record Scheduled(JobConfig config, Instant next) {
    }

    /** A new node's scheduler, which shares this cluster's jobs. */
    public SandboxScheduler join() {
        SandboxScheduler node = new SandboxScheduler(this);
        nodes.add(node);
        return node;
    }

    /** The node stops: its runners run no more jobs. */
    public void leave(SandboxScheduler node) {
        nodes.remove(node);
    }

    synchronized void schedule(JobId id, JobConfig config) {
        java.util.Date first = config.getSchedule().sandboxFirstRunTime();
        jobs.put(id, new Scheduled(config, first == null ? Instant.now() : first.toInstant()));
    }

    synchronized void unschedule(JobId id) {
        jobs.remove(id);
    }

    /** The IDs of the scheduled jobs, in the order they were first scheduled. */
    public synchronized java.util.List<JobId> ids() {
        return List.copyOf(jobs.keySet());
    }

    /** The job's schedule, if it has one. */
    public synchronized Optional<JobConfig> job(JobId id) {
        return Optional.ofNullable(jobs.get(id)).map(Scheduled::config);
    }

    /** When the job runs next, if it is scheduled. */
    public synchronized Optional<Instant> nextRun(JobId id) {
        return Optional.ofNullable(jobs.get(id)).map(Scheduled::next);
    }

    /**
     * Runs the job now, once for the cluster (or on the node that scheduled it, for RUN_LOCALLY), without changing its
     * schedule. Empty when no node has its runner, as the host then skips the run.
     */
    public synchronized Optional<JobRunnerResponse> runNow(JobId id) {
        Scheduled job = jobs.get(id);
        if (job == null) {
            return Optional.empty();
        }
        for (SandboxScheduler node : nodes) {
            if (job.config().getRunMode() == RunMode.RUN_LOCALLY && !node.scheduledLocally(id)) {
                continue;
            }
            Optional<JobRunner> runner = node.runner(job.config().getJobRunnerKey());
            if (runner.isPresent()) {
                JobRunnerRequest request = () -> id;
                JobRunnerResponse response = runner.get().runJob(request);
                return Optional.of(response == null ? JobRunnerResponse.success(null) : response);
            }
        }
        return Optional.empty();
    }

    /** Runs every job whose time has come by {@code now}, once each, and moves it to its next time. */
    public synchronized List<JobId> runDue(Instant now) {
        List<JobId> ran = new ArrayList<>();
        for (Map.Entry<JobId, Scheduled> e : new ArrayList<>(jobs.entrySet())) {
            Scheduled job = e.getValue();
            if (job.next().isAfter(now)) {
                continue;
            }
            if (runNow(e.getKey()).isPresent()) {
                ran.add(e.getKey());
            }
            long interval = job.config().getSchedule().sandboxInterval();
            if (interval == 0) {
                jobs.remove(e.getKey());
            } else {
                Instant next = job.next();
                while (!next.isAfter(now)) {
                    next = next.plusMillis(interval);
                }
                jobs.put(e.getKey(), new Scheduled(job.config(), next));
            }
        }
        return ran;
    }
}
