package com.atlassian.cache;

/**
 * Host declaration (compile only): how a cache behaves; only the members the sandbox reads.
 * Mirrors atlassian-cache-api, com/atlassian/cache/CacheSettings (ngannk-fptu/Decompiled-Files, Confluence 8.7.2).
 */
public interface CacheSettings {
    Long getExpireAfterWrite();

    Boolean getLocal();

    Integer getMaxEntries();
}
