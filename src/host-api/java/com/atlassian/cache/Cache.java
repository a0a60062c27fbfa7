package com.atlassian.cache;

/**
 * Host declaration (compile only): a cache of keyed values, loaded by its loader and removed on every node of the
 * cluster; only the members the plugin calls. Mirrors atlassian-cache-api, com/atlassian/cache/Cache
 * (ngannk-fptu/Decompiled-Files, Confluence 8.7.2).
 */
public interface Cache<K, V> {
    V get(K key);

    void remove(K key);

    void removeAll();
}
