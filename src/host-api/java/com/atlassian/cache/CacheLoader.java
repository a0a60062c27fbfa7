package com.atlassian.cache;

/**
 * Host declaration (compile only): loads the value of a key missing from a {@link Cache}. Mirrors atlassian-cache-api,
 * com/atlassian/cache/CacheLoader (ngannk-fptu/Decompiled-Files, Confluence 8.7.2).
 */
public interface CacheLoader<K, V> {
    V load(K key);
}
