package dev.kakehashi.bench;

import dev.kakehashi.admin.ao.AoCompanyValue;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.collaboration.ao.AoIssueTypeBinding;
import dev.kakehashi.collaboration.ao.AoRequest;
import dev.kakehashi.collaboration.ao.AoRequestEvent;
import dev.kakehashi.goals.ao.AoGoal;
import dev.kakehashi.goals.ao.AoGoalItem;
import dev.kakehashi.goals.ao.AoGoalUpdate;
import dev.kakehashi.knowledge.ao.AoKnowledgeDepartment;
import dev.kakehashi.knowledge.ao.AoKnowledgePage;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.sandbox.ao.AoDatabase;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.sandbox.ao.PooledDataSource;
import dev.kakehashi.thanks.ao.AoThanks;
import dev.kakehashi.thanks.ao.AoThanksDepartment;
import dev.kakehashi.thanks.ao.AoThanksPerson;
import dev.kakehashi.thanks.ao.AoThanksSender;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import net.java.ao.DatabaseProvider;
import net.java.ao.RawEntity;
import net.java.ao.db.HSQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;

/**
 * One data set of the benchmark, opened the way the host opens the plugin's database (Atlassian name converters,
 * {@code AO_112619_} tables) but over a {@link CountingDataSource}. Each size lives in its own place so that both
 * stay loaded between runs and between the JMH forks: an HSQLDB file database under {@code target/bench/db}, or a
 * schema of its own on PostgreSQL.
 */
final class BenchDatabase implements AutoCloseable {
    static final String NAMESPACE = "dev.kakehashi";
    @SuppressWarnings("unchecked")
    static final Class<? extends RawEntity<?>>[] ENTITIES = new Class[] {
        AoThanks.class, AoThanksSender.class, AoThanksPerson.class, AoThanksDepartment.class, AoSetting.class, AoDepartment.class, AoDepartmentGroup.class,
        AoCompanyValue.class,
        AoRequest.class, AoRequestEvent.class, AoIssueTypeBinding.class, AoGoal.class, AoGoalUpdate.class,
        AoGoalItem.class,
        AoKnowledgePage.class, AoKnowledgeDepartment.class};

    final String kind;
    final int rows;
    final CountingDataSource dataSource;
    final EntityManagerActiveObjects ao;
    private final String url;
    private final String user;

    private BenchDatabase(String kind, int rows, String url, String user, String schema) {
        this.kind = kind;
        this.rows = rows;
        this.url = url;
        this.user = user;
        this.dataSource = new CountingDataSource(new PooledDataSource(url, user, ""));
        DatabaseProvider provider = kind.equals("postgres")
                ? new PostgreSQLDatabaseProvider(dataSource, schema)
                : new HSQLDatabaseProvider(dataSource);
        this.ao = new EntityManagerActiveObjects(AoDatabase.entityManager(provider, NAMESPACE));
    }

    /** Which database the benchmark runs on: {@code hsqldb} (default) or {@code postgres}. */
    static String kind() {
        return System.getProperty("kakehashi.bench.db", "hsqldb");
    }

    static Path outputDirectory() {
        return Path.of(System.getProperty("kakehashi.bench.out", "target/bench"));
    }

    static BenchDatabase open(int rows) {
        String kind = kind();
        switch (kind) {
            case "hsqldb": {
                Path file = outputDirectory().resolve("db").resolve("hsqldb-" + rows).resolve("kakehashi")
                        .toAbsolutePath();
                // Cached tables keep rows on disk behind a bounded cache, as a production database does; memory
                // tables would hold a million rows on the heap and load them in full in every fork.
                String url = "jdbc:hsqldb:file:" + file + ";hsqldb.default_table_type=cached";
                return new BenchDatabase(kind, rows, url, "SA", null);
            }
            case "postgres": {
                String base = System.getProperty("kakehashi.bench.postgres.url",
                        "jdbc:postgresql://127.0.0.1:5432/test");
                String user = System.getProperty("kakehashi.bench.postgres.user", "postgres");
                // a negative size (a benchmark keeping its data sets apart) cannot be part of a schema name
                String schema = "kakehashi_bench_" + (rows < 0 ? "n" + -rows : Integer.toString(rows));
                try (Connection c = DriverManager.getConnection(base, user, "");
                     Statement s = c.createStatement()) {
                    s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
                    addPairKey(s, schema);
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot reach PostgreSQL at " + base, e);
                }
                String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
                return new BenchDatabase(kind, rows, url, user, schema);
            }
            default:
                throw new IllegalArgumentException("kakehashi.bench.db must be hsqldb or postgres, not " + kind);
        }
    }

    /**
     * Brings a request table written before the pair key existed up to date before AO reads the schema. Seen on
     * 2026-11-23: with the store tests' table in {@code public} already holding the new column, AO's migration of the
     * bench schema stopped at "Could not find column 'PAIR_KEY' in previously parsed query" (its schema reader appears
     * to mix the two tables' metadata) instead of adding the column here.
     */
    private static void addPairKey(Statement s, String schema) throws SQLException {
        String table = schema + ".\"AO_112619_COLLAB_REQUEST\"";
        try (ResultSet rs = s.executeQuery("SELECT to_regclass('" + table.replace("'", "''") + "') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return;
            }
        }
        s.execute("ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS \"PAIR_KEY\" VARCHAR(70)");
        s.executeUpdate("UPDATE " + table + " SET \"PAIR_KEY\" = CASE WHEN \"FROM_DEPARTMENT\" <= \"TO_DEPARTMENT\" "
                + "THEN \"FROM_DEPARTMENT\" || '|' || \"TO_DEPARTMENT\" ELSE \"TO_DEPARTMENT\" || '|' || "
                + "\"FROM_DEPARTMENT\" END WHERE \"PAIR_KEY\" IS NULL");
    }

    /** A connection outside AO and outside the count, for loading data. */
    Connection bulkConnection() throws SQLException {
        String bulkUrl = kind.equals("postgres") ? url + "&reWriteBatchedInserts=true" : url;
        return DriverManager.getConnection(bulkUrl, user, "");
    }

    DatabaseProvider provider() {
        return ao.entityManager().getProvider();
    }

    /** A table of the plugin, quoted and qualified as this database needs it. */
    String table(String name) {
        return provider().withSchema(AoDatabase.tablePrefix(NAMESPACE) + "_" + name);
    }

    String column(String name) {
        return provider().quote(name);
    }

    @Override
    public void close() {
        dataSource.dispose();
        if (kind.equals("hsqldb")) {
            // A file database left open is replayed from its log by the next process that opens it.
            try (Connection c = DriverManager.getConnection(url, user, "");
                 Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
