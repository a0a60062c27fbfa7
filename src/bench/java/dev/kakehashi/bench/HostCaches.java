package dev.kakehashi.bench;

import dev.kakehashi.platform.Caches;
import dev.kakehashi.platform.cache.AtlassianCaches;
import dev.kakehashi.sandbox.host.SandboxCacheManager;
import java.util.function.Supplier;

/**
 * The plugin's cache adapter over the sandbox's cache manager: what a panel render reads from the cache once warm.
 */
final class HostCaches implements Caches {
    private final Caches caches = new AtlassianCaches(new SandboxCacheManager());

    @Override
    public <K extends java.io.Serializable, V> CachedMap<K, V> map(String name, int maxEntries,
                                                                   java.util.function.Function<K, V> loader) {
        return caches.map(name, maxEntries, loader);
    }

    @Override
    public <T> CachedValue<T> value(String name, Supplier<T> loader) {
        return caches.value(name, loader);
    }
}
