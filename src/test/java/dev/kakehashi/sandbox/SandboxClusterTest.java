package dev.kakehashi.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.cache.CachedReference;
import dev.kakehashi.sandbox.host.SandboxCacheManager;
import dev.kakehashi.sandbox.host.SandboxCluster;
import dev.kakehashi.sandbox.host.SandboxClusterLocks;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

/**
 * The sandbox's cluster as the host's: a reset on one node drops the value on every node, each node keeps its own
 * value until then, and a lock held through one node's lock service is held for every node.
 */
public class SandboxClusterTest {
    private final SandboxCluster cluster = new SandboxCluster("jdbc:hsqldb:mem:cluster", "SA", "");

    @Test
    public void aResetOnOneNodeDropsTheValueOnTheOther() {
        AtomicInteger loads = new AtomicInteger();
        SandboxCacheManager first = cluster.join();
        SandboxCacheManager second = cluster.join();
        CachedReference<Integer> onFirst = first.getCachedReference("policy", loads::incrementAndGet,
                new CacheSettingsBuilder().build());
        CachedReference<Integer> onSecond = second.getCachedReference("policy", loads::incrementAndGet,
                new CacheSettingsBuilder().build());
        assertEquals(Integer.valueOf(1), onFirst.get());
        assertEquals("each node loads its own value", Integer.valueOf(2), onSecond.get());
        assertEquals(Integer.valueOf(2), onSecond.get());

        onFirst.reset();

        assertEquals("the other node loads again", Integer.valueOf(3), onSecond.get());
        assertEquals(Integer.valueOf(4), onFirst.get());
    }

    @Test
    public void aNodeThatLeftHearsNoMoreResets() {
        AtomicInteger loads = new AtomicInteger();
        SandboxCacheManager first = cluster.join();
        SandboxCacheManager gone = cluster.join();
        CachedReference<Integer> kept = gone.getCachedReference("x", loads::incrementAndGet,
                new CacheSettingsBuilder().build());
        assertEquals(Integer.valueOf(1), kept.get());
        cluster.leave(gone);

        first.getCachedReference("x", loads::incrementAndGet, new CacheSettingsBuilder().build()).reset();

        assertEquals(Integer.valueOf(1), kept.get());
        assertEquals(1, cluster.size());
    }

    @Test
    public void aSingleNodeResetsOnlyItself() {
        AtomicInteger loads = new AtomicInteger();
        SandboxCacheManager alone = new SandboxCacheManager();
        SandboxCacheManager member = cluster.join();
        CachedReference<Integer> inCluster = member.getCachedReference("x", loads::incrementAndGet,
                new CacheSettingsBuilder().build());
        assertEquals(Integer.valueOf(1), inCluster.get());

        alone.getCachedReference("x", loads::incrementAndGet, new CacheSettingsBuilder().build()).reset();

        assertEquals(Integer.valueOf(1), inCluster.get());
    }

    @Test
    public void aLockHeldOnOneNodeIsHeldForTheOther() throws Exception {
        SandboxClusterLocks firstNode = cluster.locks();
        SandboxClusterLocks secondNode = cluster.locks();
        ClusterLock held = firstNode.getLockForName("installer");
        held.lock();
        try {
            boolean taken = CompletableFuture.supplyAsync(() -> secondNode.getLockForName("installer").tryLock()).get();
            assertFalse(taken);
        } finally {
            held.unlock();
        }
        assertTrue(CompletableFuture.supplyAsync(() -> {
            ClusterLock lock = secondNode.getLockForName("installer");
            boolean taken = lock.tryLock();
            if (taken) {
                lock.unlock();
            }
            return taken;
        }).get());
    }
}
