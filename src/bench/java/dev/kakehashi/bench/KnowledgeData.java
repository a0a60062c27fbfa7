package dev.kakehashi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The knowledge pages of a benchmark database (Confluence): {@link #pages(int)} pages made from the blueprints over
 * {@link GoalData#SPACES} spaces, a fifth of them in the busy space {@link GoalData#BUSY_SPACE} where the log is
 * rendered; six in ten are results pages, the rest plans and meeting notes; each names two of the seven demo
 * departments, which gives four department rows. Page {@code n} is a function of {@code n} alone; rows go in with
 * JDBC batches into the tables AO created, in id order.
 */
final class KnowledgeData {
    static final long FIRST_PAGE_ID = 6_000_000;
    private static final int BATCH = 2_000;
    private static final long DAY = 86_400_000L;
    private static final Instant START = Instant.parse("2024-04-01T00:00:00Z");
    private static final String[] KINDS = {"results", "results", "results", "owwh-plan", "meeting-notes"};
    private static final String[] PAGE_COLUMNS = {"PAGE_ID", "SPACE_KEY", "KIND", "LOG_KEY", "TITLE", "DEPARTMENTS",
        "REQUEST_KEY", "SUMMARY", "PAGE_DATE", "CREATOR_KEY", "CREATED_AT", "LINK_STATE"};
    private static final String[] DEPARTMENT_COLUMNS = {"LOG_KEY", "PAGE_ROW"};

    private KnowledgeData() {
    }

    /** One knowledge page for ten thanks: 100 and 100,000. */
    static int pages(int rows) {
        return Math.max(100, rows / 10);
    }

    static String space(long n) {
        return n % 5 == 0 ? GoalData.BUSY_SPACE : GoalData.space(1 + (int) (n % GoalData.SPACES));
    }

    /** The kind, independent of the space: every space holds results pages, plans and meeting notes. */
    static String kind(long n) {
        return KINDS[(int) ((n / 5) % KINDS.length)];
    }

    static List<String> departments(long n) {
        int first = (int) (n % BenchPeople.DEPARTMENTS.length);
        int second = (first + 1 + (int) ((n / 7) % (BenchPeople.DEPARTMENTS.length - 1))) % BenchPeople.DEPARTMENTS.length;
        return List.of(BenchPeople.DEPARTMENTS[first], BenchPeople.DEPARTMENTS[second]);
    }

    /** Makes sure the pages of {@code db.rows} are in place; returns whether they had to be written. */
    static boolean ensure(BenchDatabase db) throws SQLException {
        db.ao.migrate(BenchDatabase.ENTITIES);
        String pageTable = db.table("KNOWLEDGE_PAGE");
        String departmentTable = db.table("KNOWLEDGE_DEPT");
        int pages = pages(db.rows);
        try (Connection c = db.bulkConnection()) {
            long total = GoalData.single(c, "SELECT COUNT(*) FROM " + pageTable);
            long maxId = GoalData.single(c, "SELECT COALESCE(MAX(" + db.column("ID") + "), 0) FROM " + pageTable);
            long lastPage = GoalData.single(c, "SELECT COALESCE(MAX(" + db.column("PAGE_ID") + "), 0) FROM "
                    + pageTable);
            if (total == pages && maxId == pages && lastPage == FIRST_PAGE_ID + pages
                    && GoalData.single(c, "SELECT COUNT(*) FROM " + departmentTable) == 4L * pages) {
                return false;
            }
            try (Statement s = c.createStatement()) {
                for (String table : List.of(departmentTable, pageTable)) {
                    s.execute(db.kind.equals("postgres") ? "TRUNCATE TABLE " + table + " RESTART IDENTITY"
                            : "TRUNCATE TABLE " + table + " RESTART IDENTITY AND COMMIT");
                }
            }
            c.setAutoCommit(false);
            try (PreparedStatement page = c.prepareStatement(GoalData.insertSql(db, pageTable, PAGE_COLUMNS));
                 PreparedStatement department = c.prepareStatement(GoalData.insertSql(db, departmentTable,
                         DEPARTMENT_COLUMNS))) {
                for (long n = 1; n <= pages; n++) {
                    String space = space(n);
                    String kind = kind(n);
                    List<String> departments = departments(n);
                    int p = 1;
                    page.setLong(p++, FIRST_PAGE_ID + n);
                    page.setString(p++, space);
                    page.setString(p++, kind);
                    page.setString(p++, kind + "|" + space);
                    page.setString(p++, "成果と学び " + n + ": 部署間の取り組み");
                    page.setString(p++, "|" + String.join("|", departments) + "|");
                    page.setString(p++, n % 3 == 0 ? "COLLAB-" + n : "");
                    page.setString(p++, "回答時間を " + (n % 50 + 10) + "% 短縮しました");
                    long created = START.toEpochMilli() + n * (2 * 365 * DAY) / pages;
                    page.setString(p++, Instant.ofEpochMilli(created).atZone(ZoneOffset.UTC).toLocalDate().toString());
                    page.setString(p++, BenchPeople.key((int) (n % BenchPeople.COUNT)));
                    page.setLong(p++, created);
                    page.setString(p, n % 3 == 0 ? "RECORDED" : "NONE");
                    page.addBatch();
                    for (String d : departments) {
                        for (String scope : List.of(space, "*")) {
                            department.setString(1, kind + "|" + scope + "|" + d);
                            department.setLong(2, n);
                            department.addBatch();
                        }
                    }
                    if (n % BATCH == 0 || n == pages) {
                        page.executeBatch();
                        department.executeBatch();
                        c.commit();
                    }
                }
            }
            c.setAutoCommit(true);
            if (db.kind.equals("postgres")) {
                try (Statement s = c.createStatement()) {
                    // Fresh statistics, as autovacuum would gather them on a server: without them the planner
                    // believes a space holds ten pages and sorts instead of walking the index.
                    s.execute("ANALYZE " + pageTable);
                    s.execute("ANALYZE " + departmentTable);
                }
            }
            if (GoalData.single(c, "SELECT MAX(" + db.column("ID") + ") FROM " + pageTable) != pages) {
                throw new IllegalStateException("Knowledge page ids are not 1.." + pages);
            }
        }
        return true;
    }

    /** How many pages and department rows the database holds. */
    static long[] tableSizes(BenchDatabase db) throws SQLException {
        try (Connection c = db.bulkConnection()) {
            return new long[] {GoalData.single(c, "SELECT COUNT(*) FROM " + db.table("KNOWLEDGE_PAGE")),
                GoalData.single(c, "SELECT COUNT(*) FROM " + db.table("KNOWLEDGE_DEPT"))};
        }
    }
}
