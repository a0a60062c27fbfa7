package dev.kakehashi.sandbox.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/**
 * The host's {@link ActiveObjects} service over a plain AO {@link EntityManager}: SQL exceptions become
 * {@link ActiveObjectsException}s and {@link #executeInTransaction} runs on one connection at READ COMMITTED, as in
 * the host.
 */
public final class EntityManagerActiveObjects implements ActiveObjects {
    private final EntityManager em;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

    public EntityManagerActiveObjects(EntityManager em) {
        this.em = em;
    }

    public EntityManager entityManager() {
        return em;
    }

    @FunctionalInterface
    private interface Sql<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(Sql<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }

    @SafeVarargs
    @Override
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            em.migrate(entities);
            return null;
        });
    }

    @SafeVarargs
    @Override
    public final void migrateDestructively(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            em.migrateDestructively(entities);
            return null;
        });
    }

    @Override
    public void flushAll() {
        em.flushAll();
    }

    @Override
    public void flush(RawEntity<?>... entities) {
        em.flush(entities);
    }

    @SafeVarargs
    @Override
    public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
        return sql(() -> em.get(type, keys));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return sql(() -> em.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> em.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return sql(() -> em.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        sql(() -> {
            em.create(type, rows);
            return null;
        });
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> {
            em.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> em.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return sql(() -> em.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return sql(() -> em.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> em.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query) {
        return sql(() -> em.find(type, field, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... parameters) {
        return sql(() -> em.findWithSQL(type, keyField, sql, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback) {
        sql(() -> {
            em.stream(type, streamCallback);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback) {
        sql(() -> {
            em.stream(type, query, streamCallback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return sql(() -> em.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> em.count(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> em.count(type, query));
    }

    /**
     * The host's isolation, not AO's own: AO's {@link Transaction} asks for SERIALIZABLE, while the host runs
     * {@code executeInTransaction} through SAL's TransactionTemplate on its own connections, READ COMMITTED on the
     * supported databases (docs/HOST-FACTS.md section 9). Set before the transaction's first statement.
     */
    private void readCommitted() throws SQLException {
        try (java.sql.Connection connection = em.getProvider().getConnection()) {
            connection.setTransactionIsolation(java.sql.Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (inTransaction.get()) {
            return callback.doInTransaction();
        }
        if (em.getProvider() instanceof net.java.ao.db.HSQLDatabaseProvider provider) {
            // AO's HSQLDB provider runs every insert under its own monitor, and HSQLDB locks whole tables until
            // commit: a transaction that inserted and then waits for the monitor while another insert, holding it,
            // waits for that table would never end. Holding the monitor from the start, it never waits for it.
            synchronized (provider) {
                return transaction(callback);
            }
        }
        return transaction(callback);
    }

    private <T> T transaction(TransactionCallback<T> callback) {
        RuntimeException[] failure = new RuntimeException[1];
        try {
            inTransaction.set(true);
            T result = sql(() -> new Transaction<T>(em) {
                @Override
                protected T run() throws SQLException {
                    readCommitted();
                    try {
                        return callback.doInTransaction();
                    } catch (RuntimeException e) {
                        failure[0] = e;
                        throw e;
                    }
                }
            }.execute());
            return result;
        } catch (RuntimeException e) {
            throw failure[0] != null ? failure[0] : e;
        } finally {
            inTransaction.set(false);
        }
    }
}
