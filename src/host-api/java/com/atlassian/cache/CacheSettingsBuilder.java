package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

/**
 * Host declaration (compile only; the host's own class is used at run time): builds cache settings; only the members
 * the plugin calls. Mirrors atlassian-cache-api, com/atlassian/cache/CacheSettingsBuilder (ngannk-fptu/Decompiled-Files,
 * Confluence 8.7.2).
 */
public class CacheSettingsBuilder {
    private Long expireAfterWrite;
    private Boolean local;
    private Integer maxEntries;

    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        this.expireAfterWrite = timeUnit.toMillis(expireAfter);
        return this;
    }

    public CacheSettingsBuilder remote() {
        this.local = false;
        return this;
    }

    public CacheSettingsBuilder maxEntries(int max) {
        if (max <= 0) {
            throw new IllegalArgumentException("maxEntries must be greater than zero, passed: " + max);
        }
        this.maxEntries = max;
        return this;
    }

    public CacheSettingsBuilder replicateViaInvalidation() {
        return this;
    }

    public CacheSettings build() {
        Long expiry = expireAfterWrite;
        Boolean isLocal = local;
        Integer max = maxEntries;
        return new CacheSettings() {
            @Override
            public Long getExpireAfterWrite() {
                return expiry;
            }

            @Override
            public Boolean getLocal() {
                return isLocal;
            }

            @Override
            public Integer getMaxEntries() {
                return max;
            }
        };
    }
}
