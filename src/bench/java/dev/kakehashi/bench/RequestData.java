package dev.kakehashi.bench;

import dev.kakehashi.collaboration.HistoryEntry;
import dev.kakehashi.collaboration.RequestKind;
import dev.kakehashi.collaboration.Step;
import dev.kakehashi.collaboration.ao.AoIssueTypeBindingStore;
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
import java.util.List;
import java.util.SplittableRandom;

/**
 * The collaboration requests of a benchmark database: {@link #requests(int)} requests between the seven demo
 * departments, over the same year as the thanks, each with its history (one entry per version), and one busy
 * request on the busy issue {@code jira-issue:10000} (the issue whose thanks the thanks panel shows) at step 5 with
 * a long history. Every request is a function of its issue id and the size, so the host's stand-in
 * ({@link BenchRequestIssues}) answers for any of them without keeping a million issues in memory.
 *
 * <p>Rows go in with JDBC batches into the tables AO created, as {@link DataGenerator} writes the thanks.
 */
final class RequestData {
    /** The busy request's issue: the thanks panel's busy issue, so that a request also carries many thanks. */
    static final long BUSY_ISSUE_ID = Panel.ISSUE_ID;
    static final long FIRST_ISSUE_ID = BUSY_ISSUE_ID;
    /** When the benchmark's services think it is: the end of the year of data, so "the last year" is that year. */
    static final Instant NOW = Instant.parse("2025-04-01T00:00:00Z");
    /** The issue type id of each kind, as the app's installer would have recorded them. */
    static final String[] ISSUE_TYPE_IDS = {"10100", "10101", "10102"};
    static final String PROJECT = "KH";

    private static final int BATCH = 5_000;
    private static final long SEED = 20_240_402L;
    private static final Instant START = Instant.parse("2024-04-01T00:00:00Z");
    private static final long YEAR_MILLIS = Duration.ofDays(365).toMillis();
    private static final long HOUR = 3_600_000L;
    private static final String[] REQUEST_COLUMNS = {
        "ISSUE_ID", "KIND", "FROM_DEPARTMENT", "TO_DEPARTMENT", "PURPOSE", "SCOPE", "HELP_KIND", "PARTNER_BENEFIT",
        "REQUESTER_KEY", "PARTNER_CONTACT_KEY", "DECISION_OWNER_KEY", "DUE_DATE", "STEP", "RESULT_LINK",
        "RESULT_NOTE", "FOLLOW_UP_OF", "RESOLVED_AT", "CREATED_AT", "UPDATED_AT", "VERSION", "PAIR_KEY"};
    private static final String[] EVENT_COLUMNS = {
        "ISSUE_ID", "ISSUE_VERSION", "EVENT", "FROM_STEP", "TO_STEP", "ACTOR_KEY", "HAPPENED_AT"};

    private static final String[] TOPICS = {"顧客アンケートの集計", "新製品の価格設定", "問い合わせ窓口の一本化", "展示会のブース設計",
        "請求書の電子化", "社内ポータルの刷新", "新人研修のカリキュラム", "障害報告の書式", "見積もりテンプレート", "在庫データの連携",
        "サポート記事の翻訳", "経費精算のルール"};
    private static final String[] ASKS = {"について、現状のデータを共有してほしい", "の進め方を一緒に決めたい", "の小さな試行に協力してほしい",
        "について、専門的な観点から助言がほしい", "の作業を二週間だけ分担したい"};
    private static final String[] SCOPES = {"まずは一つのチームで二週間だけ試します。", "対象は先月分のデータに限ります。",
        "打ち合わせは30分を2回までとします。", "資料のたたき台はこちらで用意します。"};
    private static final String[] HELPS = {"データの抽出", "レビュー", "打ち合わせへの参加", "手順の説明", "試行への参加"};
    private static final String[] BENEFITS = {"問い合わせの件数が減り、対応の負担が軽くなります。", "月次の集計作業が半日ほど短くなります。",
        "お客様の声を次の企画に直接生かせます。", "二重入力がなくなります。"};
    private static final String[] RESULTS = {"試行の結果、作業時間が約2割短くなりました。", "共有したデータをもとに次回の方針を決めました。",
        "手順書を作成し、両部署で使い始めました。", "想定より効果が小さく、別の方法を検討します。"};

    private RequestData() {
    }

    /** How many requests a data set of {@code rows} thanks holds: as many as the thanks. */
    static int requests(int rows) {
        return rows;
    }

    /** How many history entries the busy request has: just over one panel's worth when small, 500 when large. */
    static int busyHistory(int rows) {
        return Math.max(60, Math.min(500, requests(rows) / 200));
    }

    static boolean isRequest(long issueId, int requests) {
        return issueId >= FIRST_ISSUE_ID && issueId < FIRST_ISSUE_ID + requests;
    }

    static String issueTypeId(RequestKind kind) {
        return ISSUE_TYPE_IDS[kind.ordinal()];
    }

    /** One request as the generator writes it; {@link #of} gives the same request for the same id and size. */
    record Shape(long issueId, RequestKind kind, int from, int to, String summary, String purpose, String scope,
                 String helpKind, String benefit, String requester, String contact, String owner, LocalDate due,
                 int step, String resultLink, String resultNote, Long followUpOf, Long resolvedAt, long createdAt,
                 List<Event> events) {
        int version() {
            return events.size() - 1;
        }

        long updatedAt() {
            return events.get(events.size() - 1).at();
        }

        boolean resolved() {
            return resolvedAt != null;
        }
    }

    /** One history entry, for version {@code version} of the request. */
    record Event(HistoryEntry.Event event, Integer from, Integer to, String actor, long at) {
    }

    static Shape of(long issueId, int requests) {
        return issueId == BUSY_ISSUE_ID ? busy(requests) : ordinary(issueId, requests);
    }

    /** A person of the department: the people of department {@code d} are the users {@code d}, {@code d + 7}, … */
    private static String member(SplittableRandom r, int department) {
        int perDepartment = BenchPeople.COUNT / BenchPeople.DEPARTMENTS.length;
        return BenchPeople.key(department + BenchPeople.DEPARTMENTS.length * r.nextInt(perDepartment));
    }

    private static Shape ordinary(long issueId, int requests) {
        SplittableRandom r = new SplittableRandom(SEED ^ (issueId * 0x9E3779B97F4A7C15L));
        RequestKind kind = RequestKind.values()[r.nextInt(RequestKind.values().length)];
        int from = r.nextInt(BenchPeople.DEPARTMENTS.length);
        int to = (from + 1 + r.nextInt(BenchPeople.DEPARTMENTS.length - 1)) % BenchPeople.DEPARTMENTS.length;
        int roll = r.nextInt(100);
        int step = roll < 15 ? 1 : roll < 30 ? 2 : roll < 45 ? 3 : roll < 65 ? 4 : roll < 80 ? 5 : 6;
        String topic = TOPICS[r.nextInt(TOPICS.length)];
        String purpose = topic + ASKS[r.nextInt(ASKS.length)] + "。";
        String summary = topic + "の協力依頼";
        String scope = SCOPES[r.nextInt(SCOPES.length)];
        String help = r.nextInt(10) < 7 ? HELPS[r.nextInt(HELPS.length)] : "";
        String benefit = step >= 3 || r.nextInt(10) < 4 ? BENEFITS[r.nextInt(BENEFITS.length)] : "";
        String requester = member(r, from);
        String contact = step >= 2 || r.nextBoolean() ? member(r, to) : "";
        String owner = step >= 3 || r.nextInt(10) < 3 ? member(r, to) : "";
        long created = START.toEpochMilli() + (long) ((double) (issueId - FIRST_ISSUE_ID) / requests * YEAR_MILLIS)
                + r.nextInt(3_600_000);
        LocalDate due = step >= 4 || r.nextBoolean()
                ? Instant.ofEpochMilli(created).atZone(ZoneOffset.UTC).toLocalDate().plusDays(7 + r.nextInt(50)) : null;
        String link = step >= 5 && r.nextBoolean() ? "https://wiki.example.com/pages/" + issueId : "";
        String note = step >= 5 && (link.isEmpty() || r.nextBoolean()) ? RESULTS[r.nextInt(RESULTS.length)] : "";
        Long followUpOf = issueId > FIRST_ISSUE_ID + 1 && r.nextInt(100) < 5
                ? FIRST_ISSUE_ID + 1 + r.nextLong(issueId - FIRST_ISSUE_ID - 1) : null;
        boolean resolved = step == 6 && r.nextInt(10) < 7;

        List<Event> events = new ArrayList<>();
        long at = created;
        events.add(new Event(HistoryEntry.Event.CREATED, null, 1, requester, at));
        String[] actors = {requester, contact.isEmpty() ? requester : contact, owner.isEmpty() ? requester : owner};
        for (int target = 2; target <= step; target++) {
            if (r.nextInt(4) == 0) {
                at += HOUR + r.nextLong(72 * HOUR);
                events.add(new Event(HistoryEntry.Event.DETAILS_CHANGED, target - 1, target - 1,
                        actors[r.nextInt(3)], at));
            }
            if (target == Step.RESULT_SHARED.number()) {
                at += HOUR + r.nextLong(72 * HOUR);
                events.add(new Event(HistoryEntry.Event.RESULT_SHARED, target - 1, target - 1, actors[r.nextInt(3)],
                        at));
            }
            at += HOUR + r.nextLong(72 * HOUR);
            events.add(new Event(HistoryEntry.Event.ADVANCED, target - 1, target, actors[r.nextInt(3)], at));
        }
        if (r.nextInt(5) == 0) {
            at += HOUR + r.nextLong(72 * HOUR);
            events.add(new Event(HistoryEntry.Event.DETAILS_CHANGED, step, step, actors[r.nextInt(3)], at));
        }
        Long resolvedAt = null;
        if (resolved) {
            at += HOUR + r.nextLong(72 * HOUR);
            resolvedAt = at;
            events.add(new Event(HistoryEntry.Event.RESOLVED, step, step, requester, at));
        }
        return new Shape(issueId, kind, from, to, summary, purpose, scope, help, benefit, requester, contact, owner,
                due, step, link, note, followUpOf, resolvedAt, created, List.copyOf(events));
    }

    /**
     * The request rendered: sales asks development, at step 5 (result shared, partner not yet thanked here, so the
     * panel checks the thanks of the issue), with {@link #busyHistory} entries over the year: set-up, many edits of
     * the details, a few steps back and forward again, the result, and the advance to step 5.
     */
    private static Shape busy(int requests) {
        int total = busyHistory(requests);
        SplittableRandom r = new SplittableRandom(SEED);
        int from = 0;
        int to = 1;
        String requester = BenchPeople.key(7);
        String contact = BenchPeople.key(8);
        String owner = BenchPeople.key(15);
        String[] actors = {requester, contact, owner};
        long created = START.toEpochMilli() + 9 * HOUR;
        long spacing = (YEAR_MILLIS - 2 * 24 * HOUR) / total;
        List<Event> events = new ArrayList<>();
        events.add(new Event(HistoryEntry.Event.CREATED, null, 1, requester, created));
        for (int target = 2; target <= 4; target++) {
            events.add(new Event(HistoryEntry.Event.ADVANCED, target - 1, target, actors[target % 3],
                    created + events.size() * spacing));
        }
        while (events.size() < total - 2) {
            long at = created + events.size() * spacing;
            if (events.size() % 25 == 0 && events.size() <= total - 4) {
                events.add(new Event(HistoryEntry.Event.STEPPED_BACK, 4, 3, actors[r.nextInt(3)], at));
                events.add(new Event(HistoryEntry.Event.ADVANCED, 3, 4, actors[r.nextInt(3)], at + spacing));
            } else {
                events.add(new Event(HistoryEntry.Event.DETAILS_CHANGED, 4, 4, actors[r.nextInt(3)], at));
            }
        }
        events.add(new Event(HistoryEntry.Event.RESULT_SHARED, 4, 4, requester, created + events.size() * spacing));
        events.add(new Event(HistoryEntry.Event.ADVANCED, 4, 5, requester, created + events.size() * spacing));
        LocalDate due = Instant.ofEpochMilli(created).atZone(ZoneOffset.UTC).toLocalDate().plusDays(21);
        return new Shape(BUSY_ISSUE_ID, RequestKind.JOINT_TASK, from, to, "顧客アンケートの集計を開発部と共同で",
                "顧客アンケートの集計について、現状のデータを共有してほしい。", SCOPES[0], HELPS[0], BENEFITS[2], requester,
                contact, owner, due, Step.RESULT_SHARED.number(), "https://wiki.example.com/pages/" + BUSY_ISSUE_ID,
                RESULTS[0], null, null, created, List.copyOf(events));
    }

    /** Makes sure the requests of {@code db.rows} are in place; returns whether they had to be written. */
    /** The pair key the app writes: both departments, sorted, joined by {@code |}. */
    static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    /** Data sets written before the pair key existed get it in one statement. */
    private static void fillPairKeys(BenchDatabase db, Connection c, String requestTable) throws SQLException {
        String from = db.column("FROM_DEPARTMENT");
        String to = db.column("TO_DEPARTMENT");
        String pair = db.column("PAIR_KEY");
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE " + requestTable + " SET " + pair + " = CASE WHEN " + from + " <= " + to + " THEN "
                    + from + " || '|' || " + to + " ELSE " + to + " || '|' || " + from + " END WHERE " + pair
                    + " IS NULL");
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    static boolean ensure(BenchDatabase db) throws SQLException {
        db.ao.migrate(BenchDatabase.ENTITIES);
        AoIssueTypeBindingStore bindings = new AoIssueTypeBindingStore(db.ao);
        for (RequestKind kind : RequestKind.values()) {
            if (!bindings.all().containsKey(kind)) {
                bindings.bind(kind, issueTypeId(kind));
            }
        }
        String requestTable = db.table("COLLAB_REQUEST");
        String eventTable = db.table("COLLAB_EVENT");
        int requests = requests(db.rows);
        try (Connection c = db.bulkConnection()) {
            long total = single(c, "SELECT COUNT(*) FROM " + requestTable);
            long busy = single(c, "SELECT COUNT(*) FROM " + eventTable + " WHERE " + db.column("ISSUE_ID") + " = "
                    + BUSY_ISSUE_ID);
            if (total == requests && busy == busyHistory(db.rows)) {
                fillPairKeys(db, c, requestTable);
                return false;
            }
            try (Statement s = c.createStatement()) {
                for (String table : List.of(eventTable, requestTable)) {
                    s.execute(db.kind.equals("postgres") ? "TRUNCATE TABLE " + table + " RESTART IDENTITY"
                            : "TRUNCATE TABLE " + table + " RESTART IDENTITY AND COMMIT");
                }
            }
            insert(db, c, requestTable, eventTable, requests);
        }
        return true;
    }

    /** How many requests and history entries the database holds. */
    static long[] tableSizes(BenchDatabase db) throws SQLException {
        try (Connection c = db.bulkConnection()) {
            return new long[] {single(c, "SELECT COUNT(*) FROM " + db.table("COLLAB_REQUEST")),
                single(c, "SELECT COUNT(*) FROM " + db.table("COLLAB_EVENT"))};
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String insertSql(BenchDatabase db, String table, String[] columns) {
        List<String> quoted = new ArrayList<>();
        for (String column : columns) {
            quoted.add(db.column(column));
        }
        return "INSERT INTO " + table + " (" + String.join(", ", quoted) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
    }

    /**
     * Requests in issue order, each followed by its history; the busy request first, its history spread evenly
     * through the whole table as it grew over the year.
     */
    private static void insert(BenchDatabase db, Connection c, String requestTable, String eventTable, int requests)
            throws SQLException {
        boolean hsqldb = db.kind.equals("hsqldb");
        if (hsqldb) {
            try (Statement s = c.createStatement()) {
                s.execute("SET FILES LOG FALSE");
            }
        }
        long started = System.nanoTime();
        long eventRows = 0;
        c.setAutoCommit(false);
        try (PreparedStatement requestInsert = c.prepareStatement(insertSql(db, requestTable, REQUEST_COLUMNS));
             PreparedStatement eventInsert = c.prepareStatement(insertSql(db, eventTable, EVENT_COLUMNS))) {
            Shape busy = busy(requests);
            request(requestInsert, busy);
            requestInsert.addBatch();
            event(eventInsert, busy, 0);
            eventInsert.addBatch();
            eventRows++;
            int busyWritten = 1;
            int others = requests - 1;
            for (int i = 0; i < others; i++) {
                Shape shape = ordinary(FIRST_ISSUE_ID + 1 + i, requests);
                request(requestInsert, shape);
                requestInsert.addBatch();
                for (int v = 0; v < shape.events().size(); v++) {
                    event(eventInsert, shape, v);
                    eventInsert.addBatch();
                    eventRows++;
                }
                long busyDue = 1 + (long) (busy.events().size() - 1) * (i + 1) / others;
                while (busyWritten < busyDue) {
                    event(eventInsert, busy, busyWritten++);
                    eventInsert.addBatch();
                    eventRows++;
                }
                if ((i + 1) % BATCH == 0 || i == others - 1) {
                    requestInsert.executeBatch();
                    eventInsert.executeBatch();
                    c.commit();
                }
                if ((i + 1) % 200_000 == 0) {
                    System.out.printf("  %,d of %,d requests and %,d history entries written (%d s)%n", i + 1,
                            requests, eventRows, (System.nanoTime() - started) / 1_000_000_000L);
                }
            }
            if (others == 0) {
                requestInsert.executeBatch();
                eventInsert.executeBatch();
                c.commit();
            }
        }
        c.setAutoCommit(true);
        System.out.printf("  %,d requests and %,d history entries written (%d s)%n", requests, eventRows,
                (System.nanoTime() - started) / 1_000_000_000L);
        try (Statement s = c.createStatement()) {
            if (hsqldb) {
                s.execute("SET FILES LOG TRUE");
                s.execute("CHECKPOINT");
            } else {
                s.execute("ANALYZE " + requestTable);
                s.execute("ANALYZE " + eventTable);
            }
        }
    }

    private static void request(PreparedStatement insert, Shape s) throws SQLException {
        int p = 1;
        insert.setLong(p++, s.issueId());
        insert.setString(p++, s.kind().key());
        insert.setString(p++, BenchPeople.DEPARTMENTS[s.from()]);
        insert.setString(p++, BenchPeople.DEPARTMENTS[s.to()]);
        insert.setString(p++, s.purpose());
        insert.setString(p++, s.scope());
        insert.setString(p++, s.helpKind());
        insert.setString(p++, s.benefit());
        insert.setString(p++, s.requester());
        insert.setString(p++, s.contact());
        insert.setString(p++, s.owner());
        insert.setString(p++, s.due() == null ? null : s.due().toString());
        insert.setInt(p++, s.step());
        insert.setString(p++, s.resultLink());
        insert.setString(p++, s.resultNote());
        if (s.followUpOf() == null) {
            insert.setNull(p++, Types.BIGINT);
        } else {
            insert.setLong(p++, s.followUpOf());
        }
        if (s.resolvedAt() == null) {
            insert.setNull(p++, Types.BIGINT);
        } else {
            insert.setLong(p++, s.resolvedAt());
        }
        insert.setLong(p++, s.createdAt());
        insert.setLong(p++, s.updatedAt());
        insert.setInt(p++, s.version());
        insert.setString(p, pairKey(BenchPeople.DEPARTMENTS[s.from()], BenchPeople.DEPARTMENTS[s.to()]));
    }

    private static void event(PreparedStatement insert, Shape s, int version) throws SQLException {
        Event e = s.events().get(version);
        int p = 1;
        insert.setLong(p++, s.issueId());
        insert.setString(p++, s.issueId() + ":" + version);
        insert.setString(p++, e.event().name());
        if (e.from() == null) {
            insert.setNull(p++, Types.INTEGER);
        } else {
            insert.setInt(p++, e.from());
        }
        insert.setInt(p++, e.to());
        insert.setString(p++, e.actor());
        insert.setLong(p, e.at());
    }
}
