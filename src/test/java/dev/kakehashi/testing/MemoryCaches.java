package dev.kakehashi.testing;

import dev.kakehashi.platform.Caches;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The host's cluster cache as {@code AtlassianCaches} uses it, kept in this JVM for tests of the services. As with
 * atlassian-cache's {@code getCachedReference(name, …)}, a value belongs to its name, not to the handle: everyone who
 * asks for the same name (another service, or the same service built again as on another cluster node, given the
 * same {@code MemoryCaches}) shares it; it is loaded once, by whichever handle reads it first, and a reset through
 * any handle drops it for all of them. The loader must not return null and what it returns must be serializable,
 * as the {@link Caches} port requires; both are checked here. {@link #loads(String)} counts the loads of a name.
 */
public final class MemoryCaches implements Caches {
    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final Map<String, Integer> loads = new ConcurrentHashMap<>();

    @Override
    public <T> CachedValue<T> value(String name, Supplier<T> loader) {
        Objects.requireNonNull(name, "name");
        return new CachedValue<>() {
            @Override
            @SuppressWarnings("unchecked")
            public T get() {
                Object value = values.get(name);
                if (value == null) {
                    // loaded outside the map's lock: a loader may read another cached value
                    Object loaded = load(name, loader);
                    Object raced = values.putIfAbsent(name, loaded);
                    value = raced == null ? loaded : raced;
                }
                return (T) value;
            }

            @Override
            public void reset() {
                values.remove(name);
            }
        };
    }

    /**
     * A keyed cache kept under its name as the values are (entries are named {@code name + '\u0000' + key}), so a
     * removal through any handle drops the key for all; the bound is not enforced here.
     */
    @Override
    public <K extends java.io.Serializable, V> CachedMap<K, V> map(String name, int maxEntries,
                                                                   java.util.function.Function<K, V> loader) {
        Objects.requireNonNull(name, "name");
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        String prefix = name + '\u0000';
        return new CachedMap<>() {
            @Override
            @SuppressWarnings("unchecked")
            public V get(K key) {
                return (V) value(prefix + key, () -> loader.apply(key)).get();
            }

            @Override
            public void remove(K key) {
                values.remove(prefix + key);
            }

            @Override
            public void removeAll() {
                values.keySet().removeIf(k -> k.startsWith(prefix));
            }
        };
    }

    private Object load(String name, Supplier<?> loader) {
        Object value = Objects.requireNonNull(loader.get(), () -> "the loader of cache " + name + " returned null");
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(value);
        } catch (NotSerializableException e) {
            throw new IllegalStateException("cache " + name + " holds a value that is not serializable", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loads.merge(name, 1, Integer::sum);
        return value;
    }

    /** How many times the value of this name was loaded so far. */
    public int loads(String name) {
        return loads.getOrDefault(name, 0);
    }
}
