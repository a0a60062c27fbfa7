package com.atlassian.cache;

/**
 * Host declaration (compile only): what loads a cached reference. Mirrors atlassian-cache-api,
 * com/atlassian/cache/Supplier extends java.util.function.Supplier (ngannk-fptu/Decompiled-Files, Confluence 8.7.2).
 */
public interface Supplier<T> extends java.util.function.Supplier<T> {
    @Override
    T get();
}
