package dev.kakehashi.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import dev.kakehashi.platform.Caches;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

public class MemoryCachesTest {
    @Test
    public void handlesOfOneNameShareTheValueAndItsReset() {
        MemoryCaches caches = new MemoryCaches();
        AtomicInteger source = new AtomicInteger(1);
        Caches.CachedValue<Integer> first = caches.value("n", source::get);
        Caches.CachedValue<Integer> second = caches.value("n", () -> -1);

        assertEquals(Integer.valueOf(1), first.get());
        source.set(2);
        assertEquals("loaded once, by the first reader", Integer.valueOf(1), second.get());
        assertEquals(Integer.valueOf(1), first.get());

        second.reset();

        assertEquals("a reset through one handle is seen through the other", Integer.valueOf(2), first.get());
        assertEquals(2, caches.loads("n"));
        assertEquals("another name is another value", Integer.valueOf(7), caches.value("m", () -> 7).get());
    }

    @Test
    public void nullAndValuesThatAreNotSerializableAreRefused() {
        MemoryCaches caches = new MemoryCaches();

        assertThrows(NullPointerException.class, () -> caches.value("null", () -> null).get());
        assertThrows(IllegalStateException.class, () -> caches.value("thread", Object::new).get());
        assertEquals(List.of(), caches.value("list", ArrayList::new).get());
    }
}
