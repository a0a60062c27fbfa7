package dev.kakehashi.bench;

import dev.kakehashi.goals.Cadence;
import dev.kakehashi.goals.Goal;
import dev.kakehashi.goals.GoalStatus;
import dev.kakehashi.goals.GoalStore;
import dev.kakehashi.goals.Measure;
import dev.kakehashi.goals.Milestone;
import dev.kakehashi.goals.Participant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * The floor for the {@code shared-goals} page over every space (sales, by due date, 10 shown): the total and the page
 * with its lists by hand-written JDBC over the same pool, two statements (a count, and the page's goals joined to
 * their lists), turned into the same {@link Goal} records the store returns.
 */
final class HandGoalPage {
    private static final String[] GOAL_COLUMNS = {
        "ID", "SPACE_KEY", "HOME_PAGE_ID", "TITLE", "DESCRIPTION", "OWNER_KEY", "MEASURE_KIND", "START_VALUE",
        "TARGET_VALUE", "CURRENT_VALUE", "UNIT", "START_DATE", "DUE_DATE", "STATUS", "CADENCE", "CREATED_AT",
        "UPDATED_AT", "LAST_UPDATE_AT", "VERSION"};
    private static final String[] ITEM_COLUMNS = {"KIND", "POSITION", "ITEM_KEY", "CONTACT_KEY", "ITEM_TEXT", "DONE"};

    private final DataSource dataSource;
    private final BenchDatabase db;

    HandGoalPage(BenchDatabase db) {
        this.dataSource = db.dataSource;
        this.db = db;
    }

    private String matching(int spaces) {
        return " FROM " + db.table("GOAL") + " g JOIN " + db.table("GOAL_ITEM") + " d ON d." + db.column("GOAL_ID")
                + " = g." + db.column("ID") + " WHERE g." + db.column("SPACE_KEY") + " IN ("
                + String.join(", ", Collections.nCopies(spaces, "?")) + ") AND d." + db.column("KIND") + " = ? AND d."
                + db.column("ITEM_KEY") + " = ?";
    }

    /** The page: how many goals of sales the spaces hold, and the first 10 by due date with their lists. */
    GoalStore.Page page(Collection<String> spaceKeys) throws SQLException {
        String goalColumns = String.join(", ", List.of(GOAL_COLUMNS).stream().map(c -> "g." + db.column(c)).toList());
        String pageSql = "SELECT " + goalColumns + ", "
                + String.join(", ", List.of(ITEM_COLUMNS).stream().map(c -> "i." + db.column(c)).toList())
                + " FROM (SELECT " + goalColumns + matching(spaceKeys.size()) + " ORDER BY g." + db.column("DUE_DATE")
                + ", g." + db.column("ID") + " LIMIT 10) g LEFT JOIN " + db.table("GOAL_ITEM") + " i ON i."
                + db.column("GOAL_ID") + " = g." + db.column("ID") + " ORDER BY g." + db.column("DUE_DATE") + ", g."
                + db.column("ID") + ", i." + db.column("KIND") + ", i." + db.column("POSITION");
        try (Connection c = dataSource.getConnection()) {
            int total;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*)" + matching(spaceKeys.size()))) {
                bind(s, spaceKeys);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    total = rs.getInt(1);
                }
            }
            List<Goal> goals = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(pageSql)) {
                bind(s, spaceKeys);
                try (ResultSet rs = s.executeQuery()) {
                    Row row = null;
                    while (rs.next()) {
                        if (row == null || row.id != rs.getLong(1)) {
                            if (row != null) {
                                goals.add(row.goal());
                            }
                            row = new Row(rs);
                        }
                        row.item(rs);
                    }
                    if (row != null) {
                        goals.add(row.goal());
                    }
                }
            }
            return new GoalStore.Page(goals, total);
        }
    }

    private static void bind(PreparedStatement s, Collection<String> spaceKeys) throws SQLException {
        int p = 1;
        for (String key : spaceKeys) {
            s.setString(p++, key);
        }
        s.setString(p++, "DEPARTMENT");
        s.setString(p, "sales");
    }

    /** One goal being read: its columns and the list rows seen so far. */
    private static final class Row {
        final long id;
        final Object[] values = new Object[GOAL_COLUMNS.length];
        final List<Participant> participants = new ArrayList<>();
        final List<String> labels = new ArrayList<>();
        final List<Milestone> milestones = new ArrayList<>();

        Row(ResultSet rs) throws SQLException {
            id = rs.getLong(1);
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getObject(i + 1);
            }
        }

        void item(ResultSet rs) throws SQLException {
            int at = GOAL_COLUMNS.length + 1;
            String kind = rs.getString(at);
            if (kind == null) {
                return;
            }
            String key = rs.getString(at + 2);
            String text = rs.getString(at + 4);
            switch (kind) {
                case "DEPARTMENT" -> participants.add(new Participant(key, rs.getString(at + 3), text));
                case "LABEL" -> labels.add(key);
                default -> milestones.add(new Milestone(text == null ? "" : text, rs.getBoolean(at + 5)));
            }
        }

        Goal goal() {
            Measure measure = new Measure(Measure.Kind.valueOf((String) values[6]), number(values[7]),
                    number(values[8]), number(values[9]), (String) values[10], milestones);
            return new Goal(id, (String) values[1], values[2] == null ? 0 : ((Number) values[2]).longValue(),
                    (String) values[3], (String) values[4], (String) values[5], participants, measure,
                    LocalDate.parse((String) values[11]), LocalDate.parse((String) values[12]),
                    GoalStatus.valueOf((String) values[13]), Cadence.valueOf((String) values[14]), labels,
                    Instant.ofEpochMilli(((Number) values[15]).longValue()),
                    Instant.ofEpochMilli(((Number) values[16]).longValue()),
                    values[17] == null ? null : Instant.ofEpochMilli(((Number) values[17]).longValue()),
                    ((Number) values[18]).intValue());
        }

        private static double number(Object value) {
            return value == null ? 0 : ((Number) value).doubleValue();
        }
    }
}
