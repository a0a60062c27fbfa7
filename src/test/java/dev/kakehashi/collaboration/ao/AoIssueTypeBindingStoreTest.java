package dev.kakehashi.collaboration.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.collaboration.RequestKind;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

public class AoIssueTypeBindingStoreTest {
    @Test
    public void aKindIsBoundOnceAndCanBeRebound() {
        EntityManagerActiveObjects ao = TestDatabase.open(AoIssueTypeBinding.class);
        try {
            AoIssueTypeBindingStore store = new AoIssueTypeBindingStore(ao);
            assertTrue(store.bind(RequestKind.JOINT_TASK, "10100"));
            assertFalse(store.bind(RequestKind.JOINT_TASK, "10200"));
            assertTrue(store.bind(RequestKind.SMALL_POC, "10101"));
            assertEquals(Map.of(RequestKind.JOINT_TASK, "10100", RequestKind.SMALL_POC, "10101"), store.all());

            store.rebind(RequestKind.JOINT_TASK, "10300");
            store.rebind(RequestKind.INFORMATION_SHARING, "10301");

            assertEquals("10300", store.all().get(RequestKind.JOINT_TASK));
            assertEquals("10301", store.all().get(RequestKind.INFORMATION_SHARING));
            assertEquals(3, ao.count(AoIssueTypeBinding.class));
        } finally {
            TestDatabase.close(ao);
        }
    }

    @Test
    public void nodesBindingAtOnceKeepOneRowPerKind() throws Exception {
        List<EntityManagerActiveObjects> nodes = TestDatabase.openNodes(2, AoIssueTypeBinding.class);
        try {
            List<AoIssueTypeBindingStore> stores = nodes.stream().map(AoIssueTypeBindingStore::new).toList();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                AoIssueTypeBindingStore store = stores.get(i % 2);
                RequestKind kind = RequestKind.values()[i % 3];
                String typeId = Integer.toString(10100 + i);
                results.add(pool.submit(() -> {
                    start.await();
                    return store.bind(kind, typeId);
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> result : results) {
                won += result.get(1, TimeUnit.MINUTES) ? 1 : 0;
            }
            pool.shutdown();

            assertEquals("one bind per kind wins", 3, won);
            assertEquals(3, nodes.get(1).count(AoIssueTypeBinding.class));
            assertEquals(3, stores.get(0).all().size());
        } finally {
            nodes.forEach(TestDatabase::close);
        }
    }
}
