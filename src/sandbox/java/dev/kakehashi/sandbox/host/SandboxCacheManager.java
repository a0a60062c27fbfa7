package dev.kakehashi.sandbox.host;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
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
    private final Map<String, Cache<?, ?>> caches = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings) {
        Integer max = settings.getMaxEntries();
        return (Cache<K, V>) caches.computeIfAbsent(name, n -> new KeyedCache<>(loader, max == null ? 1000 : max));
    }

    /** A bounded map in memory, least recently used first out (one node: a removal has no other node to reach). */
    private static final class KeyedCache<K, V> implements Cache<K, V> {
        private final CacheLoader<K, V> loader;
        private final java.util.LinkedHashMap<K, V> values;

        KeyedCache(CacheLoader<K, V> loader, int maxEntries) {
            this.loader = loader;
            this.values = new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    return size() > maxEntries;
                }
            };
        }

        @Override
        public synchronized V get(K key) {
            V value = values.get(key);
            if (value == null) {
                value = loader.load(key);
                values.put(key, value);
            }
            return value;
        }

        @Override
        public synchronized void remove(K key) {
            values.remove(key);
        }

        @Override
        public synchronized void removeAll() {
            values.clear();
        }
    }

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
