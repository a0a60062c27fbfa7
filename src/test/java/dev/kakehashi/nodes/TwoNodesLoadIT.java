package dev.kakehashi.nodes;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.collaboration.RequestKind;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.SandboxHost;
import dev.kakehashi.sandbox.ao.AoDatabase;
import dev.kakehashi.sandbox.host.SandboxCluster;
import dev.kakehashi.testing.Blueprints;
import dev.kakehashi.testing.Http;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Two Data Center nodes of Jira and two of Confluence, each pair on one PostgreSQL database (schemas {@code jira}
 * and {@code confluence}), under concurrent writers over real HTTP: thanks, request step changes, goal updates and
 * knowledge records, all on one node, then spread over both, then on one node again. Afterwards no row is lost or duplicated, every
 * version counter equals its history rows and every history is gap-free; a setting changed on one node is seen
 * on the other at once (cluster caches). {@link TwoNodesInstallIT} races the issue-type installers.
 *
 * <p>Run by the {@code two-nodes} profile: {@code mvn -Ptwo-nodes verify -Dpostgres.url=…}; the counts come from
 * {@code kakehashi.nodes.writers} (50) and {@code kakehashi.nodes.operations} (1,000 per writer in each of the three
 * runs). The
 * figures are printed and written to {@code target/two-nodes.md}.
 */
public class TwoNodesLoadIT {
    private static final String REST = "/rest/kakehashi/1.0";
    private static final String PREFIX = AoDatabase.tablePrefix("dev.kakehashi");
    private static final List<String> SENDERS = List.of("tanaka", "sato", "suzuki", "takahashi", "ito", "watanabe",
            "yamamoto", "nakamura", "kobayashi", "kato", "yoshida", "yamada");
    /** The goals' owner and the contacts of their two departments, who may post their updates. */
    private static final List<String> GOAL_PEOPLE = List.of("tanaka", "sato", "yamamoto");
    private static final int REQUESTS = 10;
    private static final int GOALS = 10;
    private static final int MAX_ATTEMPTS = 200;

    private static final int WRITERS = Integer.getInteger("kakehashi.nodes.writers", 50);
    private static final int OPERATIONS = Integer.getInteger("kakehashi.nodes.operations", 1000);
    private static final String URL = System.getProperty("kakehashi.nodes.db.url",
            "jdbc:postgresql://127.0.0.1:5432/kk_n");
    static final String USER = System.getProperty("kakehashi.nodes.db.user", "postgres");

    private static SandboxCluster jiraCluster;
    private static SandboxCluster confluenceCluster;
    private static final List<SandboxHost> JIRA = new ArrayList<>();
    private static final List<SandboxHost> CONFLUENCE = new ArrayList<>();
    private static final List<String> REQUEST_KEYS = new ArrayList<>();
    private static final List<Long> GOAL_IDS = new ArrayList<>();

    @BeforeClass
    public static void startTwoNodesOfEach() throws Exception {
        try (Connection c = connect(null); Statement s = c.createStatement()) {
            for (String schema : List.of("jira", "confluence")) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                s.execute("CREATE SCHEMA " + schema);
            }
        }
        jiraCluster = new SandboxCluster(inSchema("jira"), USER, "");
        confluenceCluster = new SandboxCluster(inSchema("confluence"), USER, "");
        JIRA.addAll(startTogether(Product.JIRA, jiraCluster));
        CONFLUENCE.addAll(startTogether(Product.CONFLUENCE, confluenceCluster));
        Http admin = http(JIRA.get(0), "admin");
        assertEquals(200, admin.putJson(REST + "/admin/thanks-policy", "{\"dailyLimit\":1000}").statusCode());
        for (int i = 0; i < REQUESTS; i++) {
            HttpResponse<String> created = http(JIRA.get(i % 2), "tanaka").postJson(REST + "/collaboration/requests",
                    "{\"projectKey\":\"COLLAB\",\"summary\":\"負荷試験の依頼 " + i + "\",\"kind\":\"joint-task\","
                            + "\"requestingDepartment\":\"sales\",\"partnerDepartment\":\"development\","
                            + "\"purpose\":\"二つのノードで同時に動かす\",\"scope\":\"手順の確認\",\"helpKind\":\"レビュー\","
                            + "\"partnerBenefit\":\"\",\"partnerContact\":\"suzuki\",\"decisionOwner\":\"sato\","
                            + "\"dueDate\":\"" + LocalDate.now().plusDays(30) + "\"}");
            assertEquals(created.body(), 201, created.statusCode());
            REQUEST_KEYS.add(Http.json(created).get("issueKey").asText());
        }
        for (int i = 0; i < GOALS; i++) {
            HttpResponse<String> created = http(CONFLUENCE.get(i % 2), "tanaka").postJson(REST + "/goals",
                    "{\"spaceKey\":\"DEMO\",\"title\":\"負荷試験の目標 " + i + "\",\"description\":\"二つのノード\","
                            + "\"participants\":[{\"department\":\"sales\",\"contact\":\"sato\",\"contribution\":\"営業\"},"
                            + "{\"department\":\"support\",\"contact\":\"yamamoto\",\"contribution\":\"サポート\"}],"
                            + "\"measure\":\"number\",\"startValue\":0,\"targetValue\":100000,\"unit\":\"件\","
                            + "\"dueDate\":\"2027-03-31\",\"cadence\":\"weekly\",\"labels\":[\"load\"]}");
            assertEquals(created.body(), 201, created.statusCode());
            GOAL_IDS.add(Http.json(created).get("id").asLong());
        }
    }

    /** Starts two nodes at once; their start-up (and the plugin's lifecycle) runs at the same moment. */
    static List<SandboxHost> startTogether(Product product, SandboxCluster cluster) throws Exception {
        cluster.startTogether(2);
        ExecutorService starting = Executors.newFixedThreadPool(2);
        try {
            List<Future<SandboxHost>> nodes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                nodes.add(starting.submit(() -> SandboxHost.start(product, cluster, 0)));
            }
            List<SandboxHost> started = new ArrayList<>();
            for (Future<SandboxHost> node : nodes) {
                started.add(node.get());
            }
            return started;
        } finally {
            starting.shutdown();
        }
    }

    @AfterClass
    public static void stop() throws SQLException {
        JIRA.forEach(SandboxHost::close);
        CONFLUENCE.forEach(SandboxHost::close);
        dropSchemas("jira", "confluence");
    }

    /** Leaves the database as it was, unless {@code -Dkakehashi.nodes.keep=true} keeps the rows to look at. */
    static void dropSchemas(String... schemas) throws SQLException {
        if (Boolean.getBoolean("kakehashi.nodes.keep")) {
            return;
        }
        try (Connection c = connect(null); Statement s = c.createStatement()) {
            for (String schema : schemas) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    static void assertEachIssueTypeOnce(String schema, String when) throws SQLException {
        try (Connection c = connect(schema); Statement s = c.createStatement()) {
            assertEquals(when + ": Task, Bug, Story and one per kind of request", 3 + RequestKind.values().length,
                    count(s, "SELECT COUNT(*) FROM SANDBOX_ISSUE_TYPE"));
            assertEquals("no name twice", 0, count(s, "SELECT COUNT(*) FROM (SELECT LOWER(NAME) FROM SANDBOX_ISSUE_TYPE "
                    + "GROUP BY LOWER(NAME) HAVING COUNT(*) > 1) twice"));
            assertEquals(RequestKind.values().length, count(s, "SELECT COUNT(*) FROM " + table("ISSUE_TYPE_BIND")));
            assertEquals("each created type is in the default scheme once", RequestKind.values().length,
                    count(s, "SELECT COUNT(*) FROM SANDBOX_SCHEME_ISSUE_TYPE WHERE SCHEME_ID = 10000 AND ISSUE_TYPE_ID IN "
                            + "(SELECT ID FROM SANDBOX_ISSUE_TYPE WHERE ID NOT IN ('10000', '10001', '10002'))"));
        }
    }

    @Test
    public void aSettingChangedOnOneNodeIsSeenOnTheOtherAtOnce() {
        Http first = http(JIRA.get(0), "admin");
        Http second = http(JIRA.get(1), "admin");
        String policy = REST + "/admin/thanks-policy";
        try {
            assertEquals(1000, Http.json(second.get(policy)).get("dailyLimit").asInt());
            assertEquals(200, first.putJson(policy, "{\"dailyLimit\":999}").statusCode());
            assertEquals("the other node dropped its cached policy", 999,
                    Http.json(second.get(policy)).get("dailyLimit").asInt());
        } finally {
            assertEquals(200, second.putJson(policy, "{\"dailyLimit\":1000}").statusCode());
        }
        assertEquals(1000, Http.json(first.get(policy)).get("dailyLimit").asInt());
    }

    @Test
    public void concurrentWritersOnOneNodeAndOnTwoLoseAndDuplicateNothing() throws Exception {
        long[] before = rowCounts();
        // one node before and after two: the tables grow during the test, and later runs pay for that
        Figures one = run("1 node", 1);
        Figures two = run("2 nodes", 2);
        Figures oneAgain = run("1 node again", 1);

        Figures all = one.plus(two).plus(oneAgain);
        long[] after = rowCounts();
        assertEquals("every thanks answered 201 is stored once", all.thanks.get(), after[0] - before[0]);
        assertEquals("one step event per step change answered 200", all.steps.get(), after[1] - before[1]);
        assertEquals("one update row per goal update answered 200", all.goalUpdates.get(), after[2] - before[2]);
        assertEquals("every published knowledge page is logged once", all.knowledge.get(), after[3] - before[3]);
        try (Connection c = connect("jira"); Statement s = c.createStatement()) {
            assertEquals("no thanks stored twice", 0, count(s, "SELECT COUNT(*) FROM (SELECT \"MESSAGE\" FROM "
                    + table("THANKS") + " GROUP BY \"MESSAGE\" HAVING COUNT(*) > 1) twice"));
            assertEquals("no sender above the daily limit", 0, count(s, "SELECT COUNT(*) FROM (SELECT \"SENDER_KEY\" FROM "
                    + table("THANKS") + " GROUP BY \"SENDER_KEY\" HAVING COUNT(*) > 1000) over"));
            assertHistories(s, "COLLAB_REQUEST", "ISSUE_ID", "COLLAB_EVENT", "ISSUE_VERSION");
        }
        try (Connection c = connect("confluence"); Statement s = c.createStatement()) {
            assertHistories(s, "GOAL", "ID", "GOAL_UPDATE", "GOAL_VERSION");
            assertEquals("no page logged twice", 0, count(s, "SELECT COUNT(*) FROM (SELECT \"PAGE_ID\" FROM "
                    + table("KNOWLEDGE_PAGE") + " GROUP BY \"PAGE_ID\" HAVING COUNT(*) > 1) twice"));
        }
        assertEquals("failed operations: " + all.failures, 0, all.failures.size());
        String report = "| run | writers × operations | seconds | done: thanks / step changes / goal updates / "
                + "knowledge pages | thanks refused by the daily limit (429) | answered/s | other than thanks/s | "
                + "409s (each read and tried again) | gave up | PostgreSQL rollbacks | deadlocks |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n"
                + one.row() + two.row() + oneAgain.row()
                + String.format("%n2 nodes ÷ the mean of the two 1-node runs: answered/s %.2f, other than thanks/s %.2f%n",
                        2 * two.answeredPerSecond() / (one.answeredPerSecond() + oneAgain.answeredPerSecond()),
                        2 * two.othersPerSecond() / (one.othersPerSecond() + oneAgain.othersPerSecond()));
        System.out.println(report);
        Files.createDirectories(java.nio.file.Path.of("target"));
        Files.writeString(java.nio.file.Path.of("target", "two-nodes.md"), report);
    }

    /** Thanks, step changes, goal history rows and knowledge pages in the two databases. */
    private static long[] rowCounts() throws SQLException {
        try (Connection j = connect("jira"); Statement js = j.createStatement();
             Connection c = connect("confluence"); Statement cs = c.createStatement()) {
            return new long[] {
                count(js, "SELECT COUNT(*) FROM " + table("THANKS")),
                count(js, "SELECT COUNT(*) FROM " + table("COLLAB_EVENT")
                        + " WHERE \"EVENT\" IN ('ADVANCED', 'STEPPED_BACK')"),
                count(cs, "SELECT COUNT(*) FROM " + table("GOAL_UPDATE")),
                count(cs, "SELECT COUNT(*) FROM " + table("KNOWLEDGE_PAGE"))};
        }
    }

    /** Each entity's version equals the highest version of its history, which runs without a gap from 0. */
    private static void assertHistories(Statement s, String entity, String idColumn, String history,
                                        String versionColumn) throws SQLException {
        Map<Long, TreeSet<Integer>> versions = new HashMap<>();
        try (ResultSet rows = s.executeQuery("SELECT \"" + versionColumn + "\" FROM " + table(history))) {
            while (rows.next()) {
                String[] idAndVersion = rows.getString(1).split(":");
                assertTrue("version " + rows.getString(1) + " is unique", versions.computeIfAbsent(
                        Long.parseLong(idAndVersion[0]), k -> new TreeSet<>()).add(Integer.parseInt(idAndVersion[1])));
            }
        }
        int checked = 0;
        try (ResultSet rows = s.executeQuery("SELECT \"" + idColumn + "\", \"VERSION\" FROM " + table(entity))) {
            while (rows.next()) {
                TreeSet<Integer> seen = versions.getOrDefault(rows.getLong(1), new TreeSet<>());
                int version = rows.getInt(2);
                assertEquals(entity + " " + rows.getLong(1) + ": history " + seen, version + 1, seen.size());
                assertEquals(entity + " " + rows.getLong(1) + " starts at 0", Integer.valueOf(0), seen.first());
                assertEquals(entity + " " + rows.getLong(1) + " ends at its version", Integer.valueOf(version),
                        seen.last());
                checked++;
            }
        }
        assertTrue(entity + ": rows checked", checked > 0);
    }

    /** What one run did. */
    private static final class Figures {
        final String name;
        final AtomicLong thanks = new AtomicLong();
        final AtomicLong steps = new AtomicLong();
        final AtomicLong goalUpdates = new AtomicLong();
        final AtomicLong knowledge = new AtomicLong();
        final AtomicLong limited = new AtomicLong();
        final AtomicLong conflicts = new AtomicLong();
        final AtomicLong gaveUp = new AtomicLong();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long nanos;
        long rollbacks;
        long deadlocks;

        Figures(String name) {
            this.name = name;
        }

        long operations() {
            return thanks.get() + steps.get() + goalUpdates.get() + knowledge.get();
        }

        /** Every answered operation, the thanks the daily limit refused included (each ran its transaction). */
        double answeredPerSecond() {
            return (operations() + limited.get()) / (nanos / 1e9);
        }

        /** The operations other than thanks, whose mix the daily limit does not change. */
        double othersPerSecond() {
            return (steps.get() + goalUpdates.get() + knowledge.get()) / (nanos / 1e9);
        }

        String row() {
            return String.format("| %s | %d × %d | %.1f | %d / %d / %d / %d | %d | %.0f | %.0f | %d | %d | %d | %d |%n",
                    name, WRITERS, OPERATIONS, nanos / 1e9, thanks.get(), steps.get(), goalUpdates.get(),
                    knowledge.get(), limited.get(), answeredPerSecond(), othersPerSecond(), conflicts.get(),
                    gaveUp.get(), rollbacks, deadlocks);
        }

        Figures plus(Figures other) {
            Figures sum = new Figures(name + " + " + other.name);
            sum.thanks.set(thanks.get() + other.thanks.get());
            sum.steps.set(steps.get() + other.steps.get());
            sum.goalUpdates.set(goalUpdates.get() + other.goalUpdates.get());
            sum.knowledge.set(knowledge.get() + other.knowledge.get());
            sum.limited.set(limited.get() + other.limited.get());
            sum.failures.addAll(failures);
            sum.failures.addAll(other.failures);
            return sum;
        }
    }

    private static Figures run(String name, int nodes) throws Exception {
        Figures figures = new Figures(name);
        long[] before = databaseCounters();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            done.add(writers.submit(() -> write(name, writer, writer % nodes, figures)));
        }
        for (Future<?> writer : done) {
            writer.get();
        }
        figures.nanos = System.nanoTime() - start;
        writers.shutdown();
        Thread.sleep(1000);
        long[] after = databaseCounters();
        figures.rollbacks = after[0] - before[0];
        figures.deadlocks = after[1] - before[1];
        return figures;
    }

    private static void write(String run, int writer, int node, Figures figures) {
        SandboxHost jira = JIRA.get(node);
        SandboxHost confluence = CONFLUENCE.get(node);
        for (int op = 0; op < OPERATIONS; op++) {
            String tag = run + " w" + writer + " op" + op;
            try {
                switch ((writer + op) % 4) {
                    case 0 -> thank(jira, writer, tag, figures);
                    case 1 -> moveStep(jira, REQUEST_KEYS.get((writer + op) % REQUESTS), figures);
                    case 2 -> updateGoal(confluence, writer, GOAL_IDS.get((writer + op) % GOALS), figures);
                    default -> record(confluence, writer, tag, figures);
                }
            } catch (Exception | AssertionError e) {
                figures.failures.add(tag + ": " + e);
            }
        }
    }

    private static void thank(SandboxHost jira, int writer, String tag, Figures figures) {
        String sender = SENDERS.get(writer % SENDERS.size());
        String recipient = SENDERS.get((writer + 1) % SENDERS.size());
        HttpResponse<String> sent = http(jira, sender).postJson(REST + "/thanks", "{\"recipients\":[\"" + recipient
                + "\"],\"message\":\"" + tag + "\",\"value\":\"collaboration\",\"contextType\":\"none\",\"contextId\":\"\"}");
        if (sent.statusCode() == 201) {
            figures.thanks.incrementAndGet();
        } else if (sent.statusCode() == 429) {
            figures.limited.incrementAndGet();
        } else {
            figures.failures.add(tag + ": thanks " + sent.statusCode() + " " + sent.body());
        }
    }

    private static void moveStep(SandboxHost jira, String key, Figures figures) {
        Http requester = http(jira, "tanaka");
        retrying(figures, attempt -> {
            JsonNode request = Http.json(requester.get(REST + "/collaboration/requests/" + key));
            String target = request.get("step").asInt() == 1 ? "first-contact" : "define";
            return requester.postJson(REST + "/collaboration/requests/" + key + "/step", "{\"step\":\"" + target
                    + "\",\"version\":" + request.get("version").asInt() + "}");
        }, figures.steps, key);
    }

    private static void updateGoal(SandboxHost confluence, int writer, long id, Figures figures) {
        Http person = http(confluence, GOAL_PEOPLE.get(writer % GOAL_PEOPLE.size()));
        retrying(figures, attempt -> {
            JsonNode goal = Http.json(person.get(REST + "/goals/" + id));
            return person.postJson(REST + "/goals/" + id + "/updates", "{\"value\":" + (writer + attempt)
                    + ",\"status\":\"on-track\",\"comment\":\"負荷試験\",\"version\":" + goal.get("version").asInt() + "}");
        }, figures.goalUpdates, "goal " + id);
    }

    private static void record(SandboxHost confluence, int writer, String tag, Figures figures) throws Exception {
        Blueprints.publish(confluence, SENDERS.get(writer % SENDERS.size()), "DEMO", Blueprints.fields("meeting-notes",
                "議事録 " + tag, "sales,development", "", "負荷試験の記録"));
        figures.knowledge.incrementAndGet();
    }

    /** Reads and writes again after a 409 (someone else changed it in between), as a person would. */
    private static void retrying(Figures figures, Function<Integer, HttpResponse<String>> attempt, AtomicLong done,
                                 String what) {
        for (int i = 0; i < MAX_ATTEMPTS; i++) {
            HttpResponse<String> response = attempt.apply(i);
            if (response.statusCode() == 200) {
                done.incrementAndGet();
                return;
            }
            if (response.statusCode() != 409) {
                figures.failures.add(what + ": " + response.statusCode() + " " + response.body());
                return;
            }
            figures.conflicts.incrementAndGet();
        }
        figures.gaveUp.incrementAndGet();
    }

    /** PostgreSQL's own count of rolled-back transactions and deadlocks in the database. */
    private static long[] databaseCounters() throws SQLException {
        try (Connection c = connect(null); Statement s = c.createStatement()) {
            s.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet r = s.executeQuery("SELECT xact_rollback, deadlocks FROM pg_stat_database "
                    + "WHERE datname = current_database()")) {
                r.next();
                return new long[] {r.getLong(1), r.getLong(2)};
            }
        }
    }

    private static Http http(SandboxHost host, String user) {
        return new Http(host.baseUrl()).as(user, user);
    }

    static String table(String name) {
        return "\"" + PREFIX + "_" + name + "\"";
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static String inSchema(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(schema == null ? URL : inSchema(schema), USER, "");
    }
}
