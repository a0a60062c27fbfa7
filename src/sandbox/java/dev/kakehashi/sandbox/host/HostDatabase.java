package dev.kakehashi.sandbox.host;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A sandbox product's own tables (prefix {@code SANDBOX_}) in the same HSQLDB file database as the plugin's AO
 * tables, over plain JDBC: what the product keeps in its own schema. Tables are created when absent; there are no
 * migrations. Each call runs in its own auto-committed statement, outside the plugin's AO transactions, as the
 * product's own store is.
 */
public class HostDatabase {
    private final DataSource dataSource;
    private final String name;

    /** @param name the product, for error messages ({@code "Jira"}) */
    protected HostDatabase(DataSource dataSource, String name) {
        this.dataSource = dataSource;
        this.name = name;
    }

    /** Reads one row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** {@code CREATE TABLE IF NOT EXISTS}, e.g. {@code createTable("SANDBOX_X", "ID BIGINT PRIMARY KEY, …")}. */
    public void createTable(String name, String columns) {
        update("CREATE TABLE IF NOT EXISTS " + name + " (" + columns + ")");
    }

    /** Runs an insert, update, delete or DDL statement; returns the rows changed. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Sandbox " + name + " database: " + e.getMessage() + " in " + sql, e);
        }
    }

    /**
     * Inserts a row under the next free id of the table (its largest id + 1, at least {@code firstId}); when another
     * node took that id in between, tries the next one, as the products' own id generators hand out ids that are
     * unique across a cluster. Returns the id used.
     *
     * @param insert an insert whose first parameter is the id
     */
    public long insertWithNextId(String table, long firstId, String insert, Object... parametersAfterId) {
        for (int attempt = 0; ; attempt++) {
            long id = Math.max(firstId, number("SELECT COALESCE(MAX(ID), 0) FROM " + table) + 1);
            Object[] parameters = new Object[parametersAfterId.length + 1];
            parameters[0] = id;
            System.arraycopy(parametersAfterId, 0, parameters, 1, parametersAfterId.length);
            try {
                update(insert, parameters);
                return id;
            } catch (IllegalStateException e) {
                boolean idTaken = number("SELECT COUNT(*) FROM " + table + " WHERE ID = ?", id) > 0;
                if (!idTaken || attempt >= 50) {
                    throw e;
                }
            }
        }
    }

    /** Every row of a query. */
    public <T> List<T> query(String sql, Row<T> reader, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(reader.read(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Sandbox " + name + " database: " + e.getMessage() + " in " + sql, e);
        }
    }

    /** A single number such as {@code SELECT MAX(ID) …}; null when the query yields no row or SQL NULL. */
    public Long number(String sql, Object... parameters) {
        List<Long> values = query(sql, r -> {
            long value = r.getLong(1);
            return r.wasNull() ? null : value;
        }, parameters);
        return values.isEmpty() ? null : values.get(0);
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
