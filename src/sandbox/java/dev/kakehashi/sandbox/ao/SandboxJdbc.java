package dev.kakehashi.sandbox.ao;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.RdbmsException;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * The host's SAL {@link TransactionalExecutorFactory} over the product's database: each execution takes a connection,
 * turns auto-commit off (read-only when asked), runs the callback, commits (rolls back when the callback throws) and
 * gives the connection back. As SAL's own executor wraps the connection, the callback may not end the transaction or
 * close the connection: those calls throw {@link UnsupportedOperationException}.
 */
public final class SandboxJdbc implements TransactionalExecutorFactory {
    /** Where the connections come from. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    private static final Set<String> REFUSED = Set.of("close", "commit", "rollback", "setAutoCommit", "setReadOnly",
            "setTransactionIsolation", "setSavepoint", "releaseSavepoint", "abort");

    private final Connections connections;

    public SandboxJdbc(Connections connections) {
        this.connections = connections;
    }

    @Override
    public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        return new TransactionalExecutor() {
            @Override
            public <A> A execute(ConnectionCallback<A> callback) {
                return run(readOnly, callback);
            }
        };
    }

    private <A> A run(boolean readOnly, ConnectionCallback<A> callback) {
        try (Connection connection = connections.open()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setReadOnly(readOnly);
            try {
                A result = callback.execute(wrapped(connection));
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new RdbmsException("The sandbox's database failed: " + e.getMessage(), e);
        }
    }

    private static Connection wrapped(Connection connection) {
        return (Connection) Proxy.newProxyInstance(SandboxJdbc.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    if (REFUSED.contains(method.getName())) {
                        throw new UnsupportedOperationException(method.getName()
                                + " is not allowed on a connection lent by the host's TransactionalExecutor");
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
