package dev.kakehashi.platform.cache;

import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.cache.CachedReference;
import dev.kakehashi.platform.Caches;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Caches over the host's atlassian-cache: cluster-wide references and keyed caches (one cache per name, bounded),
 * invalidated on every node when reset or removed, and expired after an hour as a safety net.
 */
public class AtlassianCaches implements Caches {
    private static final String PREFIX = "dev.kakehashi.kakehashi.";

    private final CacheManager cacheManager;

    public AtlassianCaches(CacheManager cacheManager) {
        this.cacheManager = cacheManager;
    }

    @Override
    public <K extends java.io.Serializable, V> CachedMap<K, V> map(String name, int maxEntries,
                                                                   java.util.function.Function<K, V> loader) {
        CacheSettings settings = new CacheSettingsBuilder().remote().replicateViaInvalidation()
                .expireAfterWrite(1, TimeUnit.HOURS).maxEntries(maxEntries).build();
        com.atlassian.cache.Cache<K, V> cache = cacheManager.getCache(PREFIX + name, loader::apply, settings);
        return new CachedMap<>() {
            @Override
            public V get(K key) {
                return cache.get(key);
            }

            @Override
            public void remove(K key) {
                cache.remove(key);
            }

            @Override
            public void removeAll() {
                cache.removeAll();
            }
        };
    }

    @Override
    public <T> CachedValue<T> value(String name, Supplier<T> loader) {
        CacheSettings settings = new CacheSettingsBuilder().remote().replicateViaInvalidation()
                .expireAfterWrite(1, TimeUnit.HOURS).build();
        CachedReference<T> reference = cacheManager.getCachedReference(PREFIX + name, loader::get, settings);
        return new CachedValue<>() {
            @Override
            public T get() {
                return reference.get();
            }

            @Override
            public void reset() {
                reference.reset();
            }
        };
    }
}
