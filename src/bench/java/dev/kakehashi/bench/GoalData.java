package dev.kakehashi.bench;

import dev.kakehashi.goals.GoalStatus;
import dev.kakehashi.goals.GoalUpdate;
import dev.kakehashi.goals.ao.AoGoal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The shared goals of a benchmark database (Confluence): {@link #goals(int)} goals over {@value #SPACES} spaces, each
 * shared by two or three of the seven demo departments, with statuses, labels, due dates and about ten history
 * entries, and one busy goal (id 1, the first written) with a long history, which the {@code shared-goal} macro
 * renders. Every goal is a function of its id and the size; the goals get the ids 1, 2, … in the order written
 * (the tables are emptied with their identity restarted first), which the history's {@code GOAL_ID} and
 * {@code GOAL_VERSION} ({@code <id>:<version>}) rely on.
 *
 * <p>Rows go in with JDBC batches into the tables AO created, as {@link DataGenerator} writes the thanks; the goals'
 * lists as rows of GOAL_ITEM (model version 2).
 */
final class GoalData {
    static final long BUSY_ID = 1;
    static final int SPACES = 50;
    /** The busy goal's space, which is also the space of the page both macros are rendered on. */
    static final String BUSY_SPACE = space(1);
    /** The page a goal was created on: one page per goal. */
    static final long FIRST_PAGE_ID = 2_000_000;

    private static final int BATCH = 2_000;
    private static final long SEED = 20_240_403L;
    private static final Instant START = Instant.parse("2024-04-01T00:00:00Z");
    private static final long YEAR_MILLIS = Duration.ofDays(365).toMillis();
    private static final long DAY = 86_400_000L;
    private static final String[] GOAL_COLUMNS = {
        "SPACE_KEY", "HOME_PAGE_ID", "TITLE", "DESCRIPTION", "OWNER_KEY", "PARTICIPANTS", "DEPARTMENTS",
        "MEASURE_KIND", "START_VALUE", "TARGET_VALUE", "CURRENT_VALUE", "UNIT", "MILESTONES", "START_DATE",
        "DUE_DATE", "STATUS", "CADENCE", "LABELS", "PROGRESS", "CREATED_AT", "UPDATED_AT", "LAST_UPDATE_AT",
        "VERSION"};
    private static final String[] ITEM_COLUMNS = {
        "GOAL_ID", "KIND", "POSITION", "ITEM_KEY", "CONTACT_KEY", "ITEM_TEXT", "DONE"};
    private static final String[] UPDATE_COLUMNS = {
        "GOAL_ID", "GOAL_VERSION", "KIND", "GOAL_VALUE", "MILESTONES_DONE", "STATUS", "UPDATE_COMMENT", "AUTHOR_KEY",
        "HAPPENED_AT"};

    private static final String[] SUBJECTS = {"問い合わせの一次回答時間", "新規顧客の獲得数", "社内ポータルの利用率", "請求処理のリードタイム",
        "展示会からの商談化率", "障害の平均復旧時間", "サポート記事の閲覧数", "経費精算の差し戻し率", "新人の立ち上がり期間", "顧客満足度"};
    private static final String[] VERBS = {"を改善する", "を半年で倍にする", "を目標値まで引き上げる", "を部署横断で見直す"};
    private static final String[] CONTRIBUTIONS = {"データの集計と共有", "現場の声の取りまとめ", "仕組みの開発と運用", "お客様への案内",
        "手順書の整備", "予算の確保"};
    private static final String[] LABELS = {"q1", "q2", "q3", "q4", "okr", "customer", "cost", "quality", "hiring",
        "security", "dx", "kaizen", "sales-up", "support", "training", "portal", "billing", "events", "docs", "pilot"};
    private static final String[] UNITS = {"件", "%", "人", "時間", "万円"};
    private static final String[] COMMENTS = {"先週の施策の効果が出始めました。", "想定より遅れています。来週リカバリーします。",
        "関係部署と打ち合わせを行いました。", "数値を更新しました。", "予定どおり進んでいます。"};
    private static final String[] CADENCES = {"WEEKLY", "BIWEEKLY", "MONTHLY"};

    private GoalData() {
    }

    /** How many goals a data set of {@code rows} thanks holds: one for ten thanks (100 and 100,000). */
    static int goals(int rows) {
        return Math.max(100, rows / 10);
    }

    /** How many history entries the busy goal has: just over one card's worth when small, 1,000 when large. */
    static int busyHistory(int rows) {
        return Math.max(60, Math.min(1000, goals(rows) / 100));
    }

    static String space(int n) {
        return String.format(Locale.ROOT, "SP%02d", n);
    }

    static long pageOf(long goalId) {
        return FIRST_PAGE_ID + goalId;
    }

    /** One history entry as written: version {@code index} of the goal. */
    record Entry(GoalUpdate.Kind kind, double value, int milestonesDone, GoalStatus status, String comment,
                 String author, long at) {
    }

    /** One goal as the generator writes it. */
    record Shape(long id, String space, String title, String description, String owner, List<String> departments,
                 List<String> contacts, List<String> contributions, boolean checklist, double start, double target,
                 String unit, int milestones, LocalDate startDate, LocalDate dueDate, GoalStatus status,
                 String cadence, List<String> labels, long createdAt, List<Entry> entries) {
        Entry last() {
            return entries.get(entries.size() - 1);
        }

        Long lastUpdateAt() {
            for (int i = entries.size() - 1; i > 0; i--) {
                if (entries.get(i).kind() == GoalUpdate.Kind.PROGRESS) {
                    return entries.get(i).at();
                }
            }
            return null;
        }

        double progress() {
            Entry e = last();
            if (checklist) {
                return milestones == 0 ? 0 : (double) e.milestonesDone() / milestones;
            }
            return Math.max(0, Math.min(1, (e.value() - start) / (target - start)));
        }
    }

    private static String member(SplittableRandom r, int department) {
        int perDepartment = BenchPeople.COUNT / BenchPeople.DEPARTMENTS.length;
        return BenchPeople.key(department + BenchPeople.DEPARTMENTS.length * r.nextInt(perDepartment));
    }

    private static GoalStatus status(SplittableRandom r) {
        int roll = r.nextInt(100);
        return roll < 50 ? GoalStatus.ON_TRACK : roll < 70 ? GoalStatus.AT_RISK : roll < 80 ? GoalStatus.OFF_TRACK
                : roll < 95 ? GoalStatus.DONE : GoalStatus.PAUSED;
    }

    /** An ordinary goal: 2–3 departments, a number (70 %) or a checklist, 6–14 history entries a few days apart. */
    static Shape ordinary(long id, int goals) {
        SplittableRandom r = new SplittableRandom(SEED ^ (id * 0x9E3779B97F4A7C15L));
        String space = space(1 + r.nextInt(SPACES));
        int count = r.nextInt(3) == 0 ? 3 : 2;
        Set<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(r.nextInt(BenchPeople.DEPARTMENTS.length));
        }
        List<String> departments = new ArrayList<>();
        List<String> contacts = new ArrayList<>();
        List<String> contributions = new ArrayList<>();
        for (int d : chosen) {
            departments.add(BenchPeople.DEPARTMENTS[d]);
            contacts.add(r.nextInt(10) < 8 ? member(r, d) : "");
            contributions.add(CONTRIBUTIONS[r.nextInt(CONTRIBUTIONS.length)]);
        }
        String owner = contacts.get(0).isEmpty() ? member(r, chosen.iterator().next()) : contacts.get(0);
        String subject = SUBJECTS[r.nextInt(SUBJECTS.length)];
        String title = subject + VERBS[r.nextInt(VERBS.length)] + " #" + id;
        boolean checklist = r.nextInt(10) < 3;
        double target = checklist ? 0 : 10 * (1 + r.nextInt(100));
        int milestones = checklist ? 3 + r.nextInt(4) : 0;
        long created = START.toEpochMilli() + (long) ((double) (id - 1) / goals * YEAR_MILLIS * 0.9)
                + r.nextInt(3_600_000);
        LocalDate startDate = Instant.ofEpochMilli(created).atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate dueDate = startDate.plusDays(30 + r.nextInt(336));
        GoalStatus status = status(r);
        List<String> labels = new ArrayList<>();
        int labelCount = r.nextInt(4);
        while (labels.size() < labelCount) {
            String label = LABELS[r.nextInt(LABELS.length)];
            if (!labels.contains(label)) {
                labels.add(label);
            }
        }
        int n = 6 + r.nextInt(9);
        List<Entry> entries = new ArrayList<>();
        long at = created;
        entries.add(new Entry(GoalUpdate.Kind.CREATED, 0, 0, GoalStatus.ON_TRACK, "", owner, at));
        double value = 0;
        int done = 0;
        for (int v = 1; v < n; v++) {
            at += DAY + r.nextLong(6 * DAY);
            String author = r.nextBoolean() ? owner : contacts.get(r.nextInt(contacts.size())).isEmpty() ? owner
                    : contacts.get(r.nextInt(contacts.size()));
            if (author.isEmpty()) {
                author = owner;
            }
            GoalStatus now = v == n - 1 ? status : r.nextInt(4) == 0 ? GoalStatus.AT_RISK : GoalStatus.ON_TRACK;
            if (r.nextInt(5) == 0) {
                entries.add(new Entry(GoalUpdate.Kind.EDITED, value, done, entries.get(v - 1).status(), "", author,
                        at));
            } else {
                value = Math.min(target, value + target / n * (0.5 + r.nextDouble()));
                done = Math.min(milestones, done + (r.nextInt(3) == 0 ? 1 : 0));
                entries.add(new Entry(GoalUpdate.Kind.PROGRESS, value, done, now,
                        r.nextBoolean() ? COMMENTS[r.nextInt(COMMENTS.length)] : "", author, at));
            }
        }
        return new Shape(id, space, title, subject + "について、部署をまたいで取り組みます。", owner, departments, contacts,
                contributions, checklist, 0, target, checklist ? "" : UNITS[r.nextInt(UNITS.length)], milestones,
                startDate, dueDate, status, CADENCES[r.nextInt(CADENCES.length)], labels, created,
                List.copyOf(entries));
    }

    /**
     * The goal the {@code shared-goal} macro renders: sales, development and marketing, a number from 0 to 1,000,
     * with {@link #busyHistory} entries evenly over the year (a weekly update and an edit now and then).
     */
    static Shape busy(int rows) {
        int total = busyHistory(rows);
        SplittableRandom r = new SplittableRandom(SEED);
        List<String> departments = List.of("sales", "development", "marketing");
        List<String> contacts = List.of(BenchPeople.key(7), BenchPeople.key(8), BenchPeople.key(9));
        String owner = contacts.get(0);
        long created = START.toEpochMilli() + 9 * 3_600_000L;
        long spacing = (YEAR_MILLIS - 2 * DAY) / total;
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(GoalUpdate.Kind.CREATED, 0, 0, GoalStatus.ON_TRACK, "", owner, created));
        double value = 0;
        for (int v = 1; v < total; v++) {
            long at = created + v * spacing;
            String author = contacts.get(r.nextInt(3));
            if (v % 10 == 0) {
                entries.add(new Entry(GoalUpdate.Kind.EDITED, value, 0, entries.get(v - 1).status(), "", author, at));
            } else {
                value = Math.min(1000, value + 1000.0 / total * (0.5 + r.nextDouble() * 0.8));
                entries.add(new Entry(GoalUpdate.Kind.PROGRESS, Math.rint(value), 0,
                        r.nextInt(5) == 0 ? GoalStatus.AT_RISK : GoalStatus.ON_TRACK,
                        COMMENTS[r.nextInt(COMMENTS.length)], author, at));
            }
        }
        LocalDate startDate = Instant.ofEpochMilli(created).atZone(ZoneOffset.UTC).toLocalDate();
        return new Shape(BUSY_ID, BUSY_SPACE, "問い合わせの一次回答時間を部署横断で短くする", "営業・開発・マーケティングで一次回答の仕組みを作ります。",
                owner, departments, contacts, List.of("現場の声の取りまとめ", "仕組みの開発と運用", "お客様への案内"), false, 0, 1000,
                "件", 0, startDate, startDate.plusDays(540), GoalStatus.ON_TRACK, "WEEKLY", List.of("okr", "customer"),
                created, List.copyOf(entries));
    }

    /** Makes sure the goals of {@code db.rows} are in place; returns whether they had to be written. */
    static boolean ensure(BenchDatabase db) throws SQLException {
        db.ao.migrate(BenchDatabase.ENTITIES);
        String goalTable = db.table("GOAL");
        String updateTable = db.table("GOAL_UPDATE");
        String itemTable = db.table("GOAL_ITEM");
        int goals = goals(db.rows);
        try (Connection c = db.bulkConnection()) {
            long total = single(c, "SELECT COUNT(*) FROM " + goalTable);
            long busy = single(c, "SELECT COUNT(*) FROM " + updateTable + " WHERE " + db.column("GOAL_ID") + " = "
                    + BUSY_ID);
            long maxId = single(c, "SELECT COALESCE(MAX(" + db.column("ID") + "), 0) FROM " + goalTable);
            long busyItems = single(c, "SELECT COUNT(*) FROM " + itemTable + " WHERE " + db.column("GOAL_ID")
                    + " = " + BUSY_ID);
            if (total == goals && maxId == goals && busy == busyHistory(db.rows) && busyItems == 5) {
                return false;
            }
            try (Statement s = c.createStatement()) {
                for (String table : List.of(itemTable, updateTable, goalTable)) {
                    s.execute(db.kind.equals("postgres") ? "TRUNCATE TABLE " + table + " RESTART IDENTITY"
                            : "TRUNCATE TABLE " + table + " RESTART IDENTITY AND COMMIT");
                }
            }
            insert(db, c, goalTable, updateTable, itemTable, goals, db.rows);
            long written = single(c, "SELECT COUNT(*) FROM " + goalTable);
            long lastId = single(c, "SELECT MAX(" + db.column("ID") + ") FROM " + goalTable);
            if (written != goals || lastId != goals) {
                throw new IllegalStateException("Goal ids are not 1.." + goals + ": " + written + " rows, last id "
                        + lastId);
            }
        }
        return true;
    }

    /** How many goals and history entries the database holds. */
    static long[] tableSizes(BenchDatabase db) throws SQLException {
        try (Connection c = db.bulkConnection()) {
            return new long[] {single(c, "SELECT COUNT(*) FROM " + db.table("GOAL")),
                single(c, "SELECT COUNT(*) FROM " + db.table("GOAL_UPDATE")),
                single(c, "SELECT COUNT(*) FROM " + db.table("GOAL_ITEM"))};
        }
    }

    static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String insertSql(BenchDatabase db, String table, String[] columns) {
        List<String> quoted = new ArrayList<>();
        for (String column : columns) {
            quoted.add(db.column(column));
        }
        return "INSERT INTO " + table + " (" + String.join(", ", quoted) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
    }

    /** Goals in id order, each followed by its history; the busy goal's history spread through the whole table. */
    private static void insert(BenchDatabase db, Connection c, String goalTable, String updateTable,
                               String itemTable, int goals, int rows) throws SQLException {
        boolean hsqldb = db.kind.equals("hsqldb");
        if (hsqldb) {
            try (Statement s = c.createStatement()) {
                s.execute("SET FILES LOG FALSE");
            }
        }
        long started = System.nanoTime();
        long updateRows = 0;
        c.setAutoCommit(false);
        try (PreparedStatement goalInsert = c.prepareStatement(insertSql(db, goalTable, GOAL_COLUMNS));
             PreparedStatement updateInsert = c.prepareStatement(insertSql(db, updateTable, UPDATE_COLUMNS));
             PreparedStatement itemInsert = c.prepareStatement(insertSql(db, itemTable, ITEM_COLUMNS))) {
            Shape busy = busy(rows);
            goal(goalInsert, busy);
            goalInsert.addBatch();
            items(itemInsert, busy);
            // The goal first: its id must be 1 before its entries refer to it.
            goalInsert.executeBatch();
            update(updateInsert, busy, 0);
            updateInsert.addBatch();
            updateRows++;
            int busyWritten = 1;
            int others = goals - 1;
            for (int i = 0; i < others; i++) {
                Shape shape = ordinary(BUSY_ID + 1 + i, goals);
                goal(goalInsert, shape);
                goalInsert.addBatch();
                items(itemInsert, shape);
                for (int v = 0; v < shape.entries().size(); v++) {
                    update(updateInsert, shape, v);
                    updateInsert.addBatch();
                    updateRows++;
                }
                long busyDue = 1 + (long) (busy.entries().size() - 1) * (i + 1) / others;
                while (busyWritten < busyDue) {
                    update(updateInsert, busy, busyWritten++);
                    updateInsert.addBatch();
                    updateRows++;
                }
                if ((i + 1) % BATCH == 0 || i == others - 1) {
                    goalInsert.executeBatch();
                    updateInsert.executeBatch();
                    itemInsert.executeBatch();
                    c.commit();
                }
                if ((i + 1) % 20_000 == 0) {
                    System.out.printf("  %,d of %,d goals and %,d history entries written (%d s)%n", i + 1, goals,
                            updateRows, (System.nanoTime() - started) / 1_000_000_000L);
                }
            }
            if (others == 0) {
                updateInsert.executeBatch();
                itemInsert.executeBatch();
                c.commit();
            }
        }
        c.setAutoCommit(true);
        System.out.printf("  %,d goals and %,d history entries written (%d s)%n", goals, updateRows,
                (System.nanoTime() - started) / 1_000_000_000L);
        try (Statement s = c.createStatement()) {
            if (hsqldb) {
                s.execute("SET FILES LOG TRUE");
                s.execute("CHECKPOINT");
            } else {
                s.execute("ANALYZE " + goalTable);
                s.execute("ANALYZE " + updateTable);
                s.execute("ANALYZE " + itemTable);
            }
        }
    }

    /** The goal's departments, labels and milestones as rows of GOAL_ITEM (model version 2). */
    private static void items(PreparedStatement insert, Shape s) throws SQLException {
        Entry last = s.last();
        for (int i = 0; i < s.departments().size(); i++) {
            item(insert, s.id(), "DEPARTMENT", i, s.departments().get(i), s.contacts().get(i),
                    s.contributions().get(i), null);
        }
        for (int i = 0; i < s.labels().size(); i++) {
            item(insert, s.id(), "LABEL", i, s.labels().get(i), null, null, null);
        }
        for (int i = 0; i < s.milestones(); i++) {
            item(insert, s.id(), "MILESTONE", i, null, null, "マイルストーン " + (i + 1), i < last.milestonesDone());
        }
    }

    private static void item(PreparedStatement insert, long goalId, String kind, int position, String key,
                             String contact, String text, Boolean done) throws SQLException {
        insert.setLong(1, goalId);
        insert.setString(2, kind);
        insert.setInt(3, position);
        insert.setString(4, key);
        insert.setString(5, contact);
        insert.setString(6, text);
        if (done == null) {
            insert.setNull(7, Types.BOOLEAN);
        } else {
            insert.setBoolean(7, done);
        }
        insert.addBatch();
    }

    private static void goal(PreparedStatement insert, Shape s) throws SQLException {
        Entry last = s.last();
        int p = 1;
        insert.setString(p++, s.space());
        insert.setLong(p++, pageOf(s.id()));
        insert.setString(p++, s.title());
        insert.setString(p++, s.description());
        insert.setString(p++, s.owner());
        insert.setNull(p++, Types.VARCHAR);
        insert.setString(p++, AoGoal.IN_ITEMS);
        insert.setString(p++, s.checklist() ? "CHECKLIST" : "NUMBER");
        insert.setDouble(p++, s.start());
        insert.setDouble(p++, s.target());
        insert.setDouble(p++, s.checklist() ? 0 : last.value());
        insert.setString(p++, s.unit());
        insert.setNull(p++, Types.VARCHAR);
        insert.setString(p++, s.startDate().toString());
        insert.setString(p++, s.dueDate().toString());
        insert.setString(p++, s.status().name());
        insert.setString(p++, s.cadence());
        insert.setString(p++, AoGoal.IN_ITEMS);
        insert.setDouble(p++, s.progress());
        insert.setLong(p++, s.createdAt());
        insert.setLong(p++, last.at());
        Long lastUpdate = s.lastUpdateAt();
        if (lastUpdate == null) {
            insert.setNull(p++, Types.BIGINT);
        } else {
            insert.setLong(p++, lastUpdate);
        }
        insert.setInt(p, s.entries().size() - 1);
    }

    private static void update(PreparedStatement insert, Shape s, int version) throws SQLException {
        Entry e = s.entries().get(version);
        int p = 1;
        insert.setLong(p++, s.id());
        insert.setString(p++, s.id() + ":" + version);
        insert.setString(p++, e.kind().name());
        insert.setDouble(p++, e.value());
        insert.setInt(p++, e.milestonesDone());
        insert.setString(p++, e.status().name());
        insert.setString(p++, e.comment());
        insert.setString(p++, e.author());
        insert.setLong(p, e.at());
    }
}
