package dev.kakehashi.testing;

import dev.kakehashi.sandbox.ao.AoDatabase;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.sandbox.ao.SandboxJdbc;
import java.util.UUID;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

/**
 * The database the store tests run on: an in-memory HSQLDB by default, or the server named by the system properties
 * {@code kakehashi.test.db.url} and {@code kakehashi.test.db.user} (set by the {@code postgres} and {@code mariadb}
 * Maven profiles).
 */
public final class TestDatabase {
    public static final String NAMESPACE = "dev.kakehashi";

    private TestDatabase() {
    }

    /** Which database the tests run on: hsqldb, postgres or mariadb. */
    public static String kind() {
        return System.getProperty("kakehashi.test.db", "hsqldb");
    }

    /**
     * Opens the test database with the plugin's tables created and emptied.
     */
    @SafeVarargs
    public static EntityManagerActiveObjects open(Class<? extends RawEntity<?>>... entities) {
        String url = System.getProperty("kakehashi.test.db.url");
        EntityManager em;
        if (url == null || url.isEmpty()) {
            em = AoDatabase.open("jdbc:hsqldb:mem:test-" + UUID.randomUUID(), "SA", "", NAMESPACE);
        } else {
            em = AoDatabase.open(url, System.getProperty("kakehashi.test.db.user", ""), "", NAMESPACE);
        }
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(em);
        ao.migrate(entities);
        for (Class<? extends RawEntity<?>> entity : entities) {
            empty(ao, entity);
        }
        return ao;
    }

    /**
     * Opens the test database as several cluster nodes would: one connection pool each, the same tables and rows.
     */
    @SafeVarargs
    public static java.util.List<EntityManagerActiveObjects> openNodes(int nodes,
                                                                      Class<? extends RawEntity<?>>... entities) {
        String url = System.getProperty("kakehashi.test.db.url");
        String user = System.getProperty("kakehashi.test.db.user", "");
        if (url == null || url.isEmpty()) {
            url = "jdbc:hsqldb:mem:test-" + UUID.randomUUID();
            user = "SA";
        }
        java.util.List<EntityManagerActiveObjects> opened = new java.util.ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            EntityManagerActiveObjects ao = new EntityManagerActiveObjects(AoDatabase.open(url, user, "", NAMESPACE));
            ao.migrate(entities);
            if (i == 0) {
                for (Class<? extends RawEntity<?>> entity : entities) {
                    empty(ao, entity);
                }
            }
            opened.add(ao);
        }
        return opened;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void empty(EntityManagerActiveObjects ao, Class<? extends RawEntity<?>> entity) {
        ao.deleteWithSQL((Class) entity, "ID > ?", 0);
    }

    /** The host's JDBC access (SAL's TransactionalExecutorFactory) over the same database as {@code ao}. */
    public static SandboxJdbc jdbc(EntityManagerActiveObjects ao) {
        return new SandboxJdbc(() -> ao.entityManager().getProvider().getConnection());
    }

    public static void close(EntityManagerActiveObjects ao) {
        if (ao != null) {
            ao.entityManager().getProvider().dispose();
        }
    }
}
