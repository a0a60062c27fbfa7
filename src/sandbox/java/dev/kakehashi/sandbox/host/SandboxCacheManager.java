package dev.kakehashi.sandbox.host;

import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.CachedReference;
import com.atlassian.cache.Supplier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The host's cache manager in the sandbox: one node, so a reference is a value kept in memory until it is reset;
 * asking twice for the same name gives the same reference, as in the host.
 */
public final class SandboxCacheManager implements CacheManager {
    private final Map<String, CachedReference<?>> references = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <V> CachedReference<V> getCachedReference(String name, Supplier<V> supplier, CacheSettings settings) {
        return (CachedReference<V>) references.computeIfAbsent(name, n -> new Reference<>(supplier));
    }

    private static final class Reference<V> implements CachedReference<V> {
        private final Supplier<V> supplier;
        private V value;

        Reference(Supplier<V> supplier) {
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
        public synchronized void reset() {
            value = null;
        }
    }
}
