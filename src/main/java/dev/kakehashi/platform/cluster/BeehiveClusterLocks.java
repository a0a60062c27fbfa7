package dev.kakehashi.platform.cluster;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import dev.kakehashi.platform.ClusterLocks;
import java.util.function.Supplier;

/**
 * Cluster-wide locks over the host's beehive {@link ClusterLockService} (Jira and Confluence Data Center): held on
 * one node at a time across the cluster, released when the work ends, even when it fails.
 */
public class BeehiveClusterLocks implements ClusterLocks {
    private static final String PREFIX = "dev.kakehashi.kakehashi.";

    private final ClusterLockService locks;

    public BeehiveClusterLocks(ClusterLockService locks) {
        this.locks = locks;
    }

    @Override
    public <T> T underLock(String name, Supplier<T> work) {
        ClusterLock lock = locks.getLockForName(name.startsWith(PREFIX) ? name : PREFIX + name);
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
