package dev.kakehashi.bench;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import net.java.ao.DisposableDataSource;

/**
 * Counts every statement that reaches the database through this data source, and on request keeps their SQL: the
 * number of round trips a render costs is a measured fact, whatever AO does underneath.
 */
final class CountingDataSource implements DisposableDataSource {
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private final DisposableDataSource target;
    private final AtomicLong executed = new AtomicLong();
    private volatile List<String> recording;

    CountingDataSource(DisposableDataSource target) {
        this.target = target;
    }

    long executed() {
        return executed.get();
    }

    /** Starts keeping the SQL of each statement executed from now on. */
    void record() {
        recording = Collections.synchronizedList(new ArrayList<>());
    }

    /** The SQL executed since {@link #record()}, in order; recording stops. */
    List<String> recorded() {
        List<String> sql = recording;
        recording = null;
        return sql == null ? List.of() : List.copyOf(sql);
    }

    private void executedOne(String sql) {
        executed.incrementAndGet();
        List<String> log = recording;
        if (log != null) {
            log.add(sql == null ? "(unknown SQL)" : sql.replaceAll("\\s+", " ").strip());
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return counted(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return counted(target.getConnection(username, password));
    }

    private Connection counted(Connection connection) {
        Connection[] self = new Connection[1];
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = call(connection, method, args);
            return switch (method.getName()) {
                case "createStatement" -> statement(Statement.class, (Statement) result, null, self[0]);
                case "prepareStatement" -> statement(PreparedStatement.class, (Statement) result, (String) args[0],
                        self[0]);
                case "prepareCall" -> statement(CallableStatement.class, (Statement) result, (String) args[0],
                        self[0]);
                default -> result;
            };
        };
        self[0] = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
        return self[0];
    }

    private <S extends Statement> S statement(Class<S> type, Statement statement, String prepared,
                                              Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("getConnection")) {
                return connection;
            }
            if (EXECUTIONS.contains(method.getName())) {
                String sql = args != null && args.length > 0 && args[0] instanceof String given ? given : prepared;
                executedOne(sql);
            }
            return call(statement, method, args);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public void dispose() {
        target.dispose();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger("dev.kakehashi.bench");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target.isWrapperFor(iface);
    }
}
