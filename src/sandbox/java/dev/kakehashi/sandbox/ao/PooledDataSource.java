package dev.kakehashi.sandbox.ao;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Logger;
import net.java.ao.DisposableDataSource;

/**
 * A small JDBC connection pool for the sandbox and the tests: idle connections are kept and handed out again,
 * the way the host's pool does, so that a statement count or a timing is not dominated by connecting.
 */
public final class PooledDataSource implements DisposableDataSource {
    private final String url;
    private final String user;
    private final String password;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean disposed;

    public PooledDataSource(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical;
        synchronized (this) {
            if (disposed) {
                throw new SQLException("The data source is closed");
            }
            physical = idle.pollFirst();
        }
        if (physical == null || physical.isClosed()) {
            physical = DriverManager.getConnection(url, user, password);
        }
        return pooled(physical);
    }

    private Connection pooled(Connection physical) {
        InvocationHandler handler = new InvocationHandler() {
            private boolean closed;

            @Override
            public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
                switch (method.getName()) {
                    case "close":
                        if (!closed) {
                            closed = true;
                            giveBack(physical);
                        }
                        return null;
                    case "isClosed":
                        return closed || physical.isClosed();
                    case "unwrap":
                        return ((Class<?>) args[0]).isInstance(proxy) ? proxy : physical.unwrap((Class<?>) args[0]);
                    default:
                        if (closed) {
                            throw new SQLException("Connection is closed");
                        }
                        try {
                            return method.invoke(physical, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                }
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private void giveBack(Connection physical) throws SQLException {
        if (!physical.getAutoCommit()) {
            physical.rollback();
            physical.setAutoCommit(true);
        }
        synchronized (this) {
            if (!disposed && idle.size() < 20) {
                idle.addFirst(physical);
                return;
            }
        }
        physical.close();
    }

    @Override
    public synchronized void dispose() {
        disposed = true;
        for (Connection c : idle) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        idle.clear();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return DriverManager.getConnection(url, username, pass);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger("dev.kakehashi.sandbox");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("Not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
