package dev.kakehashi.insights.ao;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import dev.kakehashi.collaboration.Step;
import dev.kakehashi.collaboration.ao.AoRequest;
import dev.kakehashi.insights.Contact;
import dev.kakehashi.insights.MapPeriod;
import dev.kakehashi.insights.Tally;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ao.AoThanks;
import dev.kakehashi.thanks.ao.AoThanksDepartment;
import dev.kakehashi.thanks.ao.AoThanksPerson;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the thanks and the requests of the department map in the database, through the host's JDBC connection
 * (SAL's {@link TransactionalExecutorFactory}; Active Objects has no aggregate query): one {@code GROUP BY} statement
 * each, grouped by the departments and one person, with one sum per period, so that what comes back grows with the
 * people and departments, not with the rows. Each result row is then counted into the {@link Tally} as
 * {@link Tally#add} would have counted the rows it stands for.
 *
 * <ul>
 *   <li>Thanks: public active thanks joined to each of their sender departments and each other recipient
 *       department (THANKS_DEPT) and to their people (THANKS_PERSON, one SENDER row and one RECIPIENT row per person
 *       thanked); grouped by sender department, recipient department, person and role. The sender rows carry the
 *       counts (each thanks has one sender); every row carries a person.</li>
 *   <li>Requests: three groupings in one statement ({@code UNION ALL}): by requester (with the counts and the done
 *       counts), by partner contact, by decision owner.</li>
 * </ul>
 */
final class SqlContactCount {
    /** The tables' prefix the host derives from the plugin's AO namespace {@code dev.kakehashi}. */
    static final String TABLE_PREFIX = "AO_112619_";

    private final TransactionalExecutorFactory executors;

    SqlContactCount(TransactionalExecutorFactory executors) {
        this.executors = executors;
    }

    /** One grouped result row: departments, one person (may be empty), its role, per-period counts, last day. */
    private record Row(Contact.Kind kind, List<String> from, List<String> to, String person, boolean carriesCounts,
                       int[] counts, int[] done, long lastAt) {
    }

    /**
     * Counts the thanks and requests of the days {@code from} to {@code to} into the tally; nothing is counted unless
     * both statements succeed.
     */
    void count(LocalDate from, LocalDate to, ZoneId zone, Tally tally) {
        List<String> names = new ArrayList<>(tally.periods().keySet());
        long[] bounds = new long[names.size() * 2];
        for (int i = 0; i < names.size(); i++) {
            MapPeriod period = tally.periods().get(names.get(i));
            bounds[2 * i] = millis(period.from(), zone);
            bounds[2 * i + 1] = millis(period.to().plusDays(1), zone);
        }
        long start = millis(from, zone);
        long end = millis(to.plusDays(1), zone);
        List<Row> rows = executors.createExecutor(true, true).execute(connection -> {
            try {
                List<Row> found = new ArrayList<>();
                Sql sql = new Sql(connection);
                thanks(connection, sql, bounds, start, end, found);
                requests(connection, sql, bounds, start, end, found);
                return found;
            } catch (SQLException e) {
                throw new IllegalStateException("The department map's count failed: " + e.getMessage(), e);
            }
        });
        for (Row row : rows) {
            for (int i = 0; i < names.size(); i++) {
                if (row.counts()[i] > 0) {
                    tally.addCounted(names.get(i), row.kind(), row.from(), row.to(),
                            row.carriesCounts() ? row.counts()[i] : 0, row.carriesCounts() ? row.done()[i] : 0,
                            row.person().isEmpty() ? List.of() : List.of(row.person()));
                }
            }
            if (row.carriesCounts()) {
                tally.lastContact(row.from(), row.to(), Instant.ofEpochMilli(row.lastAt()).atZone(zone)
                        .toLocalDate());
            }
        }
    }

    private static long millis(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /** Quoted names of the app's tables and columns, as Active Objects created them. */
    static final class Sql {
        /** How the database divides one integer by another. */
        enum Dialect { INTEGER_DIVISION, DIV, OTHER }

        private final String quote;
        private final Dialect dialect;

        Sql(Connection connection) throws SQLException {
            DatabaseMetaData meta = connection.getMetaData();
            String q = meta.getIdentifierQuoteString();
            quote = q == null || q.isBlank() ? "" : q.strip();
            String product = meta.getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            dialect = product.contains("postgres") || product.contains("hsql") ? Dialect.INTEGER_DIVISION
                    : product.contains("mysql") || product.contains("mariadb") ? Dialect.DIV : Dialect.OTHER;
        }

        Dialect dialect() {
            return dialect;
        }

        String table(String name) {
            return quote + TABLE_PREFIX + name + quote;
        }

        String column(String alias, String name) {
            return alias + "." + name(name);
        }

        String name(String name) {
            return quote + name + quote;
        }
    }

    /** {@code SUM(CASE WHEN at >= ? AND at < ? [AND extra] THEN 1 ELSE 0 END)} for each period. */
    private static String sums(String at, String extra, int periods) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < periods; i++) {
            sql.append(", SUM(CASE WHEN ").append(at).append(" >= ? AND ").append(at).append(" < ?")
                    .append(extra == null ? "" : " AND " + extra).append(" THEN 1 ELSE 0 END)");
        }
        return sql.toString();
    }

    private static int bind(PreparedStatement statement, int index, long[] bounds) throws SQLException {
        for (long bound : bounds) {
            statement.setLong(index++, bound);
        }
        return index;
    }

    private static void thanks(Connection connection, Sql sql, long[] bounds, long start, long end, List<Row> found)
            throws SQLException {
        int periods = bounds.length / 2;
        String at = sql.column("t", AoThanks.CREATED_AT);
        String from = sql.column("s", AoThanksDepartment.DEPARTMENT_KEY);
        String to = sql.column("r", AoThanksDepartment.DEPARTMENT_KEY);
        String person = sql.column("p", AoThanksPerson.USER_KEY);
        String role = sql.column("p", AoThanksPerson.ROLE);
        String statement = "SELECT " + from + ", " + to + ", " + person + ", " + role + ", MAX(" + at + ")"
                + sums(at, null, periods) + thanksJoined(sql)
                + " GROUP BY " + from + ", " + to + ", " + person + ", " + role;
        try (PreparedStatement s = connection.prepareStatement(statement)) {
            bindThanksJoined(s, bind(s, 1, bounds), start, end);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int[] counts = new int[periods];
                    for (int p = 0; p < periods; p++) {
                        counts[p] = rs.getInt(6 + p);
                    }
                    found.add(new Row(Contact.Kind.THANKS, List.of(rs.getString(1)), List.of(rs.getString(2)),
                            text(rs.getString(3)), AoThanksPerson.Role.SENDER.name().equals(rs.getString(4)),
                            counts, new int[periods], rs.getLong(5)));
                }
            }
        }
    }

    /**
     * {@code FROM} the public active thanks created from one time to another ({@code ?} parameters, see
     * {@link #bindThanksJoined}), as {@code t}, joined to each sender department {@code s} and each other recipient
     * department {@code r} (THANKS_DEPT) and to each person {@code p} (THANKS_PERSON).
     */
    static String thanksJoined(Sql sql) {
        String at = sql.column("t", AoThanks.CREATED_AT);
        String id = sql.column("t", "ID");
        return " FROM " + sql.table("THANKS") + " t"
                + " JOIN " + sql.table("THANKS_DEPT") + " s ON " + sql.column("s", AoThanksDepartment.THANKS_ID)
                + " = " + id + " AND " + sql.column("s", AoThanksDepartment.AS_SENDER) + " = ?"
                + " JOIN " + sql.table("THANKS_DEPT") + " r ON " + sql.column("r", AoThanksDepartment.THANKS_ID)
                + " = " + id + " AND " + sql.column("r", AoThanksDepartment.AS_RECIPIENT) + " = ? AND "
                + sql.column("r", AoThanksDepartment.DEPARTMENT_KEY) + " <> "
                + sql.column("s", AoThanksDepartment.DEPARTMENT_KEY)
                + " JOIN " + sql.table("THANKS_PERSON") + " p ON " + sql.column("p", AoThanksPerson.THANKS_ID)
                + " = " + id
                + " WHERE " + sql.column("t", AoThanks.STATE) + " = ? AND " + sql.column("t", AoThanks.VISIBILITY)
                + " = ? AND " + at + " >= ? AND " + at + " < ?";
    }

    /** Binds the parameters of {@link #thanksJoined} from {@code index}: the times in epoch milliseconds. */
    static void bindThanksJoined(PreparedStatement s, int index, long start, long end) throws SQLException {
        s.setBoolean(index++, true);
        s.setBoolean(index++, true);
        s.setString(index++, Thanks.State.ACTIVE.name());
        s.setString(index++, Thanks.Visibility.PUBLIC.name());
        s.setLong(index++, start);
        s.setLong(index, end);
    }

    private static void requests(Connection connection, Sql sql, long[] bounds, long start, long end,
                                 List<Row> found) throws SQLException {
        int periods = bounds.length / 2;
        String at = sql.column("r", AoRequest.CREATED_AT);
        String fromDept = sql.column("r", AoRequest.FROM_DEPARTMENT);
        String toDept = sql.column("r", AoRequest.TO_DEPARTMENT);
        String done = sql.column("r", AoRequest.STEP) + " >= ?";
        String where = " FROM " + sql.table("COLLAB_REQUEST") + " r WHERE " + at + " >= ? AND " + at + " < ? AND "
                + fromDept + " IS NOT NULL AND " + toDept + " IS NOT NULL";
        List<String> branches = new ArrayList<>();
        for (String person : List.of(AoRequest.REQUESTER_KEY, AoRequest.PARTNER_CONTACT_KEY,
                AoRequest.DECISION_OWNER_KEY)) {
            String column = sql.column("r", person);
            boolean requester = person.equals(AoRequest.REQUESTER_KEY);
            branches.add("SELECT " + fromDept + ", " + toDept + ", " + column + ", " + (requester ? 1 : 0) + ", MAX("
                    + at + ")" + sums(at, null, periods) + (requester ? sums(at, done, periods)
                    : ", 0".repeat(periods)) + where + " GROUP BY " + fromDept + ", " + toDept + ", " + column);
        }
        try (PreparedStatement s = connection.prepareStatement(String.join(" UNION ALL ", branches))) {
            int i = 1;
            for (int branch = 0; branch < 3; branch++) {
                i = bind(s, i, bounds);
                if (branch == 0) {
                    for (int p = 0; p < periods; p++) {
                        s.setLong(i++, bounds[2 * p]);
                        s.setLong(i++, bounds[2 * p + 1]);
                        s.setInt(i++, Step.RESULT_SHARED.number());
                    }
                }
                s.setLong(i++, start);
                s.setLong(i++, end);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int[] counts = new int[periods];
                    int[] doneCounts = new int[periods];
                    for (int p = 0; p < periods; p++) {
                        counts[p] = rs.getInt(6 + p);
                        doneCounts[p] = rs.getInt(6 + periods + p);
                    }
                    found.add(new Row(Contact.Kind.REQUEST, List.of(rs.getString(1)), List.of(rs.getString(2)),
                            text(rs.getString(3)), rs.getInt(4) == 1, counts, doneCounts, rs.getLong(5)));
                }
            }
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
