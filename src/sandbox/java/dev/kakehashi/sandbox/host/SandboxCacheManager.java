package dev.kakehashi.sandbox.host;

import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.CachedReference;
import com.atlassian.cache.Supplier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The host's cache manager in the sandbox: a reference is a value this node keeps in memory until it is reset; asking
 * twice for the same name gives the same reference, as in the host. On a node of a {@link SandboxCluster}, a reset
 * drops the value on every node of the cluster (the host's remote caches replicated by invalidation); alone, only
 * here.
 */
public final class SandboxCacheManager implements CacheManager {
    private final Map<String, Reference<?>> references = new ConcurrentHashMap<>();
    private final SandboxCluster cluster;

    /** A single node. */
    public SandboxCacheManager() {
        this(null);
    }

    SandboxCacheManager(SandboxCluster cluster) {
        this.cluster = cluster;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> CachedReference<V> getCachedReference(String name, Supplier<V> supplier, CacheSettings settings) {
        return (CachedReference<V>) references.computeIfAbsent(name, n -> new Reference<>(n, supplier));
    }

    /** Another node (or this one) reset the reference: drop this node's value. */
    void dropLocally(String name) {
        Reference<?> reference = references.get(name);
        if (reference != null) {
            reference.drop();
        }
    }

    private final class Reference<V> implements CachedReference<V> {
        private final String name;
        private final Supplier<V> supplier;
        private V value;

        Reference(String name, Supplier<V> supplier) {
            this.name = name;
            this.supplier = supplier;
        }

        @Override
        public synchronized V get() {
            if (value == null) {
                value = supplier.get();
            }
            return value;
        }

        @Override
        public void reset() {
            if (cluster == null) {
                drop();
            } else {
                cluster.invalidate(name);
            }
        }

        synchronized void drop() {
            value = null;
        }
    }
}
