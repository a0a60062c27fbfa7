package dev.kakehashi.sandbox.host;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.CachedReference;
import com.atlassian.cache.Supplier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The host's cache manager in the sandbox: a reference or a keyed cache keeps its values in this node's memory until
 * they are reset or removed; asking twice for the same name gives the same cache, as in the host. On a node of a
 * {@link SandboxCluster}, a reset or removal drops the value on every node of the cluster (the host's remote caches
 * replicated by invalidation); alone, only here. A keyed cache holds at most its {@code maxEntries}, least recently
 * used out first.
 */
public final class SandboxCacheManager implements CacheManager {
    private final Map<String, Reference<?>> references = new ConcurrentHashMap<>();
    private final Map<String, KeyedCache<?, ?>> caches = new ConcurrentHashMap<>();
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

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings) {
        Integer max = settings.getMaxEntries();
        return (Cache<K, V>) caches.computeIfAbsent(name, n -> new KeyedCache<>(n, loader, max == null ? 1000 : max));
    }

    /** Another node (or this one) reset the reference or cleared the cache of this name: drop this node's values. */
    void dropLocally(String name) {
        Reference<?> reference = references.get(name);
        if (reference != null) {
            reference.drop();
        }
        KeyedCache<?, ?> cache = caches.get(name);
        if (cache != null) {
            cache.dropAll();
        }
    }

    /** Another node (or this one) removed one key of the cache of this name: drop it here. */
    void dropLocally(String name, Object key) {
        KeyedCache<?, ?> cache = caches.get(name);
        if (cache != null) {
            cache.drop(key);
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

    private final class KeyedCache<K, V> implements Cache<K, V> {
        private final String name;
        private final CacheLoader<K, V> loader;
        private final LinkedHashMap<K, V> values;

        KeyedCache(String name, CacheLoader<K, V> loader, int maxEntries) {
            this.name = name;
            this.loader = loader;
            this.values = new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

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
        public void remove(K key) {
            if (cluster == null) {
                drop(key);
            } else {
                cluster.invalidate(name, key);
            }
        }

        @Override
        public void removeAll() {
            if (cluster == null) {
                dropAll();
            } else {
                cluster.invalidate(name);
            }
        }

        synchronized void drop(Object key) {
            values.remove(key);
        }

        synchronized void dropAll() {
            values.clear();
        }
    }
}
