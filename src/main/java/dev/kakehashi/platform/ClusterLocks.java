package dev.kakehashi.platform;

import java.util.function.Supplier;

/**
 * Port to the host's cluster-wide locks: work that must run on one node at a time.
 */
public interface ClusterLocks {
    <T> T underLock(String name, Supplier<T> work);
}
