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

    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        this.expireAfterWrite = timeUnit.toMillis(expireAfter);
        return this;
    }

    public CacheSettingsBuilder remote() {
        this.local = false;
        return this;
    }

    public CacheSettingsBuilder replicateViaInvalidation() {
        return this;
    }

    public CacheSettings build() {
        Long expiry = expireAfterWrite;
        Boolean isLocal = local;
        return new CacheSettings() {
            @Override
            public Long getExpireAfterWrite() {
                return expiry;
            }

            @Override
            public Boolean getLocal() {
                return isLocal;
            }
        };
    }
}
