package dev.kakehashi.sandbox.host;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The host's {@link ClusterLockService} (beehive): one reentrant lock per name, the same instance for the same name.
 * A single node has its own; the nodes of a {@link SandboxCluster} share one, so a lock held on one node is held for
 * all. Locks are not shared with other JVMs; as in the host's cluster implementations, {@code newCondition} is not
 * supported.
 */
public final class SandboxClusterLocks implements ClusterLockService {
    private final Map<String, ClusterLock> locks = new ConcurrentHashMap<>();

    @Override
    public ClusterLock getLockForName(String lockName) {
        if (lockName == null) {
            throw new NullPointerException("lockName");
        }
        return locks.computeIfAbsent(lockName, NodeLock::new);
    }

    /** A named lock of this node. */
    private static final class NodeLock implements ClusterLock {
        private final String name;
        private final ReentrantLock lock = new ReentrantLock();

        NodeLock(String name) {
            this.name = name;
        }

        @Override
        public boolean isHeldByCurrentThread() {
            return lock.isHeldByCurrentThread();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("Cluster locks do not support conditions");
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            lock.lockInterruptibly();
        }

        @Override
        public void lock() {
            lock.lock();
        }

        @Override
        public boolean tryLock() {
            return lock.tryLock();
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return lock.tryLock(time, unit);
        }

        @Override
        public void unlock() {
            lock.unlock();
        }

        @Override
        public String toString() {
            return "ClusterLock[" + name + "]";
        }
    }
}
