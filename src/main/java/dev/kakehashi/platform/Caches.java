package dev.kakehashi.platform;

import java.util.function.Supplier;

/**
 * Port to the host's cluster-wide caches: small, often-read data (department names, values, the thanks policy) kept
 * in memory and dropped on every node when it changes, so that a panel render reads none of it from the database.
 */
public interface Caches {
    /**
     * A value loaded on first use and kept until {@link CachedValue#reset()}; the loader must not return null and
     * what it returns must be serializable (records and {@code List.copyOf} lists are), as the cluster may copy it.
     */
    <T> CachedValue<T> value(String name, Supplier<T> loader);

    /**
     * One cache of values by key, loaded on first use of a key, holding at most {@code maxEntries} of them (the
     * least used go first) for an hour at most; a removal drops the key on every node. Keys and values must be
     * serializable and the loader must not return null.
     */
    <K extends java.io.Serializable, V> CachedMap<K, V> map(String name, int maxEntries,
                                                            java.util.function.Function<K, V> loader);

    /** Cached values by key. */
    interface CachedMap<K, V> {
        V get(K key);

        /** Drops one key everywhere; its next {@link #get} loads it again. */
        void remove(K key);

        /** Drops every key everywhere. */
        void removeAll();
    }

    /** One cached value. */
    interface CachedValue<T> {
        T get();

        /** Drops the value everywhere; the next {@link #get()} loads it again. */
        void reset();
    }
}
