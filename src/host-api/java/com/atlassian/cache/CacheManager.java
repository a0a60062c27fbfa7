package com.atlassian.cache;

/**
 * Host declaration (compile only): the host's cluster-aware caches; only the members the plugin calls, which the real
 * interface inherits from CacheFactory (getCachedReference and getCache with a loader and settings). Mirrors atlassian-cache-api, com/atlassian/cache/CacheFactory#getCachedReference
 * (ngannk-fptu/Decompiled-Files, Confluence 8.7.2); CacheManager extends CacheFactory.
 */
public interface CacheManager {
    <V> CachedReference<V> getCachedReference(String name, Supplier<V> supplier, CacheSettings settings);

    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings);
}
