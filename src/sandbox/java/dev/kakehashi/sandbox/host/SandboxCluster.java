package dev.kakehashi.sandbox.host;

import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Several sandbox nodes of one product in one JVM, as a Data Center cluster: one shared database (any JDBC URL the
 * sandbox can open, e.g. PostgreSQL with {@code currentSchema=jira}), cluster locks and scheduled jobs shared by every
 * node, and caches each node keeps for itself, an entry reset on one node being dropped on every node (the host's
 * "hybrid" caches, docs/HOST-FACTS.md "Two nodes"). Not emulated: a network between the nodes, a node leaving
 * unannounced, a lock outliving the node that holds it.
 */
public final class SandboxCluster {
    private final String url;
    private final String user;
    private final String password;
    private final SandboxClusterLocks locks = new SandboxClusterLocks();
    private final SandboxJobs jobs = new SandboxJobs();
    private final List<SandboxCacheManager> nodes = new CopyOnWriteArrayList<>();
    private volatile CyclicBarrier startTogether;

    public SandboxCluster(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The cluster's locks: one lock per name for every node. */
    public SandboxClusterLocks locks() {
        return locks;
    }

    /** The cluster's scheduled jobs: one schedule per job for every node, each run on one node. */
    public SandboxJobs jobs() {
        return jobs;
    }

    /** A new node's cache manager, which hears the resets of every other node. */
    public SandboxCacheManager join() {
        SandboxCacheManager node = new SandboxCacheManager(this);
        nodes.add(node);
        return node;
    }

    /** The node stops: its caches hear no more. */
    public void leave(SandboxCacheManager node) {
        nodes.remove(node);
    }

    /** How many nodes are running. */
    public int size() {
        return nodes.size();
    }

    /** Drops the entry on every node, as the host's invalidation message does. */
    void invalidate(String cacheName) {
        for (SandboxCacheManager node : nodes) {
            node.dropLocally(cacheName);
        }
    }

    /** Drops one key of a keyed cache on every node, as the host's invalidation message does. */
    void invalidate(String cacheName, Object key) {
        for (SandboxCacheManager node : nodes) {
            node.dropLocally(cacheName, key);
        }
    }

    /**
     * The next {@code nodes} nodes to start wait for each other before the plugin's lifecycle starts, so that their
     * start-up work (the issue-type installer) runs at the same moment.
     */
    public void startTogether(int nodes) {
        startTogether = new CyclicBarrier(nodes);
    }

    /** Called by a starting node just before the plugin's lifecycle starts. */
    public void beforeLifecycle() {
        CyclicBarrier barrier = startTogether;
        if (barrier == null) {
            return;
        }
        try {
            barrier.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the other nodes", e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("The other nodes did not start", e);
        }
    }
}
