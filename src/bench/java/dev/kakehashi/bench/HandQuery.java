package dev.kakehashi.bench;

import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * The floor: the panel's first page as one hand-written JDBC statement over the same pool, turned into the same
 * {@link Thanks} records. Whatever the plugin spends beyond this is AO and the services.
 */
final class HandQuery {
    private static final String[] COLUMNS = {
        "ID", "SENDER_KEY", "RECIPIENT_KEYS", "DEPARTMENT_KEY", "MESSAGE", "VALUE_KEY", "CONTEXT_KEY", "VISIBILITY",
        "CREATED_AT", "SENDER_DEPARTMENTS", "RECIPIENT_DEPARTMENTS", "CROSS_DEPARTMENT", "STATE"};

    private final DataSource dataSource;
    final String sql;

    HandQuery(BenchDatabase db) {
        this.dataSource = db.dataSource;
        List<String> quoted = Arrays.stream(COLUMNS).map(db::column).toList();
        this.sql = "SELECT " + String.join(", ", quoted) + " FROM " + db.table("THANKS")
                + " WHERE " + db.column("CONTEXT_KEY") + " = ? AND " + db.column("STATE") + " = ?"
                + " AND (" + db.column("VISIBILITY") + " = ? OR " + db.column("SENDER_KEY") + " = ? OR "
                + db.column("RECIPIENT_KEYS") + " LIKE ?)"
                + " ORDER BY " + db.column("ID") + " DESC LIMIT " + (Panel.PAGE + 1);
    }

    /** The same rows as {@link Panel#toViewer()}: one statement through the person index. */
    List<Thanks> toViewer(BenchDatabase db, String viewerKey) throws SQLException {
        String sql = "SELECT " + selected(db) + " FROM " + db.table("THANKS") + " t JOIN " + db.table("THANKS_PERSON")
                + " p ON p." + db.column("THANKS_ID") + " = t." + db.column("ID") + " WHERE p." + db.column("USER_KEY")
                + " = ? AND p." + db.column("ROLE") + " = 'RECIPIENT' AND t." + db.column("STATE") + " = 'ACTIVE'"
                + " ORDER BY p." + db.column("THANKS_ID") + " DESC LIMIT " + (Panel.PAGE + 1);
        return read(sql, viewerKey);
    }

    /** The same rows as {@link Panel#ofDepartment()}: one statement through the department index. */
    List<Thanks> ofDepartment(BenchDatabase db, String viewerKey) throws SQLException {
        String sql = "SELECT " + selected(db) + " FROM " + db.table("THANKS") + " t JOIN " + db.table("THANKS_DEPT")
                + " d ON d." + db.column("THANKS_ID") + " = t." + db.column("ID") + " WHERE d."
                + db.column("DEPARTMENT_KEY") + " = ? AND (d." + db.column("AS_SENDER") + " = TRUE OR d."
                + db.column("AS_RECIPIENT") + " = TRUE) AND t." + db.column("STATE") + " = 'ACTIVE' AND (t."
                + db.column("VISIBILITY") + " = 'PUBLIC' OR EXISTS (SELECT 1 FROM " + db.table("THANKS_PERSON")
                + " r WHERE r." + db.column("THANKS_ID") + " = t." + db.column("ID") + " AND r."
                + db.column("USER_KEY") + " = ?)) ORDER BY d." + db.column("THANKS_ID") + " DESC LIMIT "
                + (Panel.PAGE + 1);
        return read(sql, Panel.FILTER_DEPARTMENT, viewerKey);
    }

    private static String selected(BenchDatabase db) {
        return String.join(", ", Arrays.stream(COLUMNS).map(c -> "t." + db.column(c)).toList());
    }

    private List<Thanks> read(String sql, String... params) throws SQLException {
        List<Thanks> page = new ArrayList<>(Panel.PAGE + 1);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    page.add(new Thanks(rs.getLong(1), rs.getString(2), split(rs.getString(3)), rs.getString(4),
                            rs.getString(5), rs.getString(6), ThanksContext.fromStorageKey(rs.getString(7)),
                            Thanks.Visibility.valueOf(rs.getString(8)), Instant.ofEpochMilli(rs.getLong(9)),
                            split(rs.getString(10)), split(rs.getString(11)), rs.getBoolean(12),
                            Thanks.State.valueOf(rs.getString(13))));
                }
            }
        }
        return page;
    }

    List<Thanks> firstPage(String viewerKey) throws SQLException {
        List<Thanks> page = new ArrayList<>(Panel.PAGE + 1);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, Panel.CONTEXT.storageKey());
            s.setString(2, Thanks.State.ACTIVE.name());
            s.setString(3, Thanks.Visibility.PUBLIC.name());
            s.setString(4, viewerKey);
            s.setString(5, "%|" + viewerKey + "|%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    page.add(new Thanks(rs.getLong(1), rs.getString(2), split(rs.getString(3)), rs.getString(4),
                            rs.getString(5), rs.getString(6), ThanksContext.fromStorageKey(rs.getString(7)),
                            Thanks.Visibility.valueOf(rs.getString(8)), Instant.ofEpochMilli(rs.getLong(9)),
                            split(rs.getString(10)), split(rs.getString(11)), rs.getBoolean(12),
                            Thanks.State.valueOf(rs.getString(13))));
                }
            }
        }
        return page;
    }

    private static List<String> split(String joined) {
        if (joined == null || joined.length() <= 2) {
            return List.of();
        }
        return Arrays.asList(joined.substring(1, joined.length() - 1).split("\\|"));
    }
}
