package dev.kakehashi.testing;

import dev.kakehashi.platform.Caches;
import java.util.function.Supplier;

/**
 * Caches kept in this JVM, for tests of the services: a value is loaded once and again after a reset, as in the host.
 */
public final class MemoryCaches implements Caches {
    @Override
    public <T> CachedValue<T> value(String name, Supplier<T> loader) {
        return new CachedValue<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = loader.get();
                }
                return value;
            }

            @Override
            public synchronized void reset() {
                value = null;
            }
        };
    }
}
