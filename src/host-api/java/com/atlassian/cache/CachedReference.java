package com.atlassian.cache;

/**
 * Host declaration (compile only): one cached value, loaded on first use and reset on every node of the cluster;
 * only the members the plugin calls. Mirrors atlassian-cache-api, com/atlassian/cache/CachedReference
 * (ngannk-fptu/Decompiled-Files, Confluence 8.7.2).
 */
public interface CachedReference<V> {
    V get();

    void reset();
}
