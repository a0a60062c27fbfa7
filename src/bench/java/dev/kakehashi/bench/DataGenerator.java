package dev.kakehashi.bench;

import dev.kakehashi.admin.CompanyValueInput;
import dev.kakehashi.admin.DepartmentInput;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Fills a benchmark database as a year of use would: the demo departments and values, and thanks among
 * {@value BenchPeople#COUNT} people, a share of them on the busy issue {@code jira-issue:10000}. The
 * rows go in with JDBC batches into the tables AO created (one {@code ao.create} per row would take hours for a
 * million); the same seed gives the same rows, so a data set already in place is kept.
 */
final class DataGenerator {
    static final String BUSY_ISSUE = Panel.CONTEXT.storageKey();
    private static final int BATCH = 5_000;
    private static final long SEED = 20_240_401L;
    private static final Instant START = Instant.parse("2024-04-01T00:00:00Z");
    private static final long YEAR_MILLIS = Duration.ofDays(365).toMillis();
    private static final String[] VALUES = {"collaboration", "teamwork", "customer-focus", "challenge"};
    private static final String[] COLUMNS = {
        "SENDER_KEY", "RECIPIENT_KEYS", "DEPARTMENT_KEY", "MESSAGE", "VALUE_KEY", "CONTEXT_KEY", "VISIBILITY",
        "CREATED_AT", "SENDER_DEPARTMENTS", "RECIPIENT_DEPARTMENTS", "CROSS_DEPARTMENT", "STATE", "STATE_CHANGED_BY",
        "STATE_CHANGED_AT"};

    private static final String[] NAMES = {"田中", "佐藤", "鈴木", "高橋", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"};
    private static final String[] TASKS = {"顧客向けデモ", "リリース前の検証", "夜間の障害対応", "月次の締め作業", "新人研修",
        "見積もりの作成", "展示会の準備", "契約書のレビュー", "社内勉強会", "問い合わせ対応", "移行作業", "予算の見直し"};
    private static final String[] OPENERS = {"先日の%sでは、", "%sの件で、", "昨日の%sの際に、", "急ぎの%sにもかかわらず、",
        "%sの準備で、"};
    private static final String[] DETAILS = {"資料の構成から当日の進行まで、", "他部署との調整まで含めて、",
        "休日の連絡にもすぐ反応して、", "細かい数字の確認まで、", "お客様への説明も含めて、"};
    private static final String[] HELPS = {"丁寧に手順を教えていただき", "夜遅くまで一緒に確認していただき",
        "すぐに必要な資料を用意していただき", "調整役を引き受けていただき", "的確なアドバイスをいただき", "細かい点まで気を配っていただき"};
    private static final String[] RESULTS = {"、予定どおりに進めることができました。", "、お客様からも高い評価をいただきました。",
        "、チーム全員がとても助かりました。", "、大きなトラブルにならずに済みました。"};
    private static final String[] CLOSINGS = {"本当にありがとうございます！", "これからもよろしくお願いします。", "次は私がお手伝いします。",
        "心から感謝しています。"};

    private DataGenerator() {
    }

    /**
     * How many thanks the busy issue holds: one in a hundred of a large data set (10,000 of a million), and at least
     * ten pages' worth of a small one (100 of 1,000), so that paging is exercised at every size.
     */
    static int busyIssueShare(int rows) {
        return Math.max(rows / 100, Math.min(100, rows / 10));
    }

    /** Makes sure the data set of {@code db.rows} thanks is in place; returns whether it had to be written. */
    static boolean ensure(BenchDatabase db) throws SQLException {
        db.ao.migrate(BenchDatabase.ENTITIES);
        Panel panel = new Panel(db.ao);
        if (panel.departments.list().isEmpty()) {
            catalog(panel);
        }
        String table = db.table("THANKS");
        String context = db.column("CONTEXT_KEY");
        try (Connection c = db.bulkConnection()) {
            long total = single(c, "SELECT COUNT(*) FROM " + table);
            long busy = single(c, "SELECT COUNT(*) FROM " + table + " WHERE " + context + " = '" + BUSY_ISSUE + "'");
            if (total == db.rows && busy == busyIssueShare(db.rows)
                    && single(c, "SELECT COUNT(*) FROM " + db.table("THANKS_PERSON")) > 0) {
                return false;
            }
            for (String truncated : List.of(table, db.table("THANKS_PERSON"), db.table("THANKS_DEPT"))) {
                try (Statement s = c.createStatement()) {
                    s.execute(db.kind.equals("postgres") ? "TRUNCATE TABLE " + truncated + " RESTART IDENTITY"
                            : "TRUNCATE TABLE " + truncated + " RESTART IDENTITY AND COMMIT");
                }
            }
            insert(db, c, table);
        }
        return true;
    }

    private static void catalog(Panel panel) {
        String[][] departments = {
            {"Sales", "営業"}, {"Development", "開発"}, {"Marketing", "マーケティング"}, {"Customer Support", "カスタマーサポート"},
            {"IT", "情報システム"}, {"Accounting", "経理"}, {"General Affairs", "総務"}};
        for (int i = 0; i < departments.length; i++) {
            String key = BenchPeople.DEPARTMENTS[i];
            panel.departments.create(
                    new DepartmentInput(key, departments[i][0], departments[i][1], List.of(key), true));
        }
        panel.values.create(new CompanyValueInput(VALUES[0], "Collaboration", "協力",
                "We cross department lines to get things done together.", "部署の垣根を越えて、力を合わせて物事を進めます。", "🤝",
                true));
        panel.values.create(new CompanyValueInput(VALUES[1], "Teamwork", "チームワーク",
                "We share what we know and cover for each other.", "知っていることを共有し、互いに支え合います。", "👥", true));
        panel.values.create(new CompanyValueInput(VALUES[2], "Customer focus", "顧客志向",
                "We start from what our customers need.", "お客様に必要なことから考え始めます。", "💡", true));
        panel.values.create(new CompanyValueInput(VALUES[3], "Challenge", "挑戦",
                "We try new things and learn from what does not work.", "新しいことに挑戦し、うまくいかなかったことからも学びます。", "🚀",
                true));
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void insert(BenchDatabase db, Connection c, String table) throws SQLException {
        boolean hsqldb = db.kind.equals("hsqldb");
        if (hsqldb) {
            // No redo log while loading: a failed load is simply loaded again.
            try (Statement s = c.createStatement()) {
                s.execute("SET FILES LOG FALSE");
            }
        }
        List<String> quoted = new ArrayList<>();
        for (String column : COLUMNS) {
            quoted.add(db.column(column));
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", quoted) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(COLUMNS.length, "?")) + ")";
        // the child rows as the store writes them (THANKS ids are 1 … n: the tables were truncated, identity restarted)
        String peopleSql = "INSERT INTO " + db.table("THANKS_PERSON") + " (" + String.join(", ",
                db.column("THANKS_ID"), db.column("USER_KEY"), db.column("ROLE"), db.column("VISIBILITY"))
                + ") VALUES (?, ?, ?, ?)";
        String departmentsSql = "INSERT INTO " + db.table("THANKS_DEPT") + " (" + String.join(", ",
                db.column("THANKS_ID"), db.column("DEPARTMENT_KEY"), db.column("AS_SENDER"),
                db.column("AS_RECIPIENT"), db.column("AS_WHOLE")) + ") VALUES (?, ?, ?, ?, ?)";
        Random random = new Random(SEED);
        int rows = db.rows;
        int busyLeft = busyIssueShare(rows);
        int otherIssues = Math.max(10, rows / 20);
        long started = System.nanoTime();
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement(sql);
             PreparedStatement people = c.prepareStatement(peopleSql);
             PreparedStatement departments = c.prepareStatement(departmentsSql)) {
            for (int row = 0; row < rows; row++) {
                // Exactly busyLeft of the remaining rows land on the busy issue, spread evenly at random.
                boolean busy = random.nextInt(rows - row) < busyLeft;
                if (busy) {
                    busyLeft--;
                }
                String context = busy ? BUSY_ISSUE : "jira-issue:" + (Panel.ISSUE_ID + 1 + random.nextInt(otherIssues));
                row(insert, people, departments, random, row, rows, context);
                insert.addBatch();
                if ((row + 1) % BATCH == 0 || row == rows - 1) {
                    insert.executeBatch();
                    people.executeBatch();
                    departments.executeBatch();
                    c.commit();
                }
                if ((row + 1) % 200_000 == 0) {
                    System.out.printf("  %,d of %,d thanks written (%d s)%n", row + 1, rows,
                            (System.nanoTime() - started) / 1_000_000_000L);
                }
            }
        }
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            if (hsqldb) {
                s.execute("SET FILES LOG TRUE");
                s.execute("CHECKPOINT");
            } else {
                // The planner's statistics, which autovacuum would gather on a server in use.
                s.execute("ANALYZE " + table);
                s.execute("ANALYZE " + db.table("THANKS_PERSON"));
                s.execute("ANALYZE " + db.table("THANKS_DEPT"));
            }
        }
    }

    private static void row(PreparedStatement insert, PreparedStatement people, PreparedStatement departments,
                            Random random, int row, int rows, String context) throws SQLException {
        int sender = random.nextInt(BenchPeople.COUNT);
        String senderDepartment = BenchPeople.department(sender);
        Set<String> recipients = new LinkedHashSet<>();
        Set<String> recipientDepartments = new LinkedHashSet<>();
        String department = "";
        boolean wholeDepartment = random.nextInt(100) < 8;
        if (wholeDepartment) {
            department = BenchPeople.DEPARTMENTS[random.nextInt(BenchPeople.DEPARTMENTS.length)];
            recipientDepartments.add(department);
        } else {
            int count = 1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(3));
            while (recipients.size() < count) {
                int recipient = random.nextInt(BenchPeople.COUNT);
                if (recipient != sender) {
                    recipients.add(BenchPeople.key(recipient));
                    recipientDepartments.add(BenchPeople.department(recipient));
                }
            }
        }
        boolean isPrivate = !wholeDepartment && random.nextInt(1000) < 54;
        long createdAt = START.toEpochMilli() + (long) ((double) row / rows * YEAR_MILLIS) + random.nextInt(60_000);
        int fate = random.nextInt(1000);
        String state = fate < 10 ? "WITHDRAWN" : fate < 15 ? "HIDDEN" : "ACTIVE";
        String visibility = isPrivate ? "PRIVATE" : "PUBLIC";
        int id = row + 1;
        person(people, id, BenchPeople.key(sender), "SENDER", visibility);
        for (String recipient : recipients) {
            person(people, id, recipient, "RECIPIENT", visibility);
        }
        Set<String> named = new LinkedHashSet<>(List.of(senderDepartment));
        named.addAll(recipientDepartments);
        for (String key : named) {
            departments.setInt(1, id);
            departments.setString(2, key);
            departments.setBoolean(3, key.equals(senderDepartment));
            departments.setBoolean(4, recipientDepartments.contains(key));
            departments.setBoolean(5, key.equals(department));
            departments.addBatch();
        }
        int p = 1;
        insert.setString(p++, BenchPeople.key(sender));
        insert.setString(p++, joined(recipients));
        insert.setString(p++, department);
        insert.setString(p++, message(random));
        insert.setString(p++, random.nextInt(10) < 7 ? VALUES[random.nextInt(VALUES.length)] : "");
        insert.setString(p++, context);
        insert.setString(p++, isPrivate ? "PRIVATE" : "PUBLIC");
        insert.setLong(p++, createdAt);
        insert.setString(p++, "|" + senderDepartment + "|");
        insert.setString(p++, joined(recipientDepartments));
        insert.setBoolean(p++, !recipientDepartments.contains(senderDepartment));
        insert.setString(p++, state);
        if (state.equals("ACTIVE")) {
            insert.setNull(p++, java.sql.Types.VARCHAR);
            insert.setNull(p, java.sql.Types.BIGINT);
        } else {
            insert.setString(p++, state.equals("WITHDRAWN") ? BenchPeople.key(sender) : "admin");
            insert.setLong(p, createdAt + 120_000);
        }
    }

    private static void person(PreparedStatement people, int id, String key, String role, String visibility)
            throws SQLException {
        people.setInt(1, id);
        people.setString(2, key);
        people.setString(3, role);
        people.setString(4, visibility);
        people.addBatch();
    }

    private static String joined(Set<String> keys) {
        return "|" + String.join("|", keys) + "|";
    }

    private static String message(Random random) {
        return NAMES[random.nextInt(NAMES.length)] + "さん、"
                + String.format(OPENERS[random.nextInt(OPENERS.length)], TASKS[random.nextInt(TASKS.length)])
                + DETAILS[random.nextInt(DETAILS.length)]
                + HELPS[random.nextInt(HELPS.length)]
                + RESULTS[random.nextInt(RESULTS.length)]
                + CLOSINGS[random.nextInt(CLOSINGS.length)];
    }
}
