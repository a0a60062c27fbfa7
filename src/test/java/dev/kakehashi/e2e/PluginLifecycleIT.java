package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.SandboxHost;
import dev.kakehashi.testing.Blueprints;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Disabling and enabling the plugin, and uninstalling and installing it again, keep every row of every table the
 * descriptor's {@code <ao>} module declares, in Jira and in Confluence. The rows are made through the app's REST API
 * first; a declared table that no product has a row in fails the test, so a new table needs its seed here.
 */
public class PluginLifecycleIT {
    private static final String REST = "/rest/kakehashi/1.0";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    @BeforeClass
    public static void seedEveryTable() throws Exception {
        for (Product product : Product.values()) {
            Http admin = SANDBOX.as(product, "admin");
            created(admin.postJson(REST + "/admin/departments", "{\"nameEn\":\"Legal\",\"nameJa\":\"法務\","
                    + "\"groups\":[\"general-affairs\"]}"));
            created(admin.postJson(REST + "/admin/values", "{\"nameEn\":\"Candour\",\"nameJa\":\"率直さ\"}"));
            ok(admin.putJson(REST + "/admin/thanks-policy", "{\"dailyLimit\":50}"));
            created(admin.postJson(REST + "/admin/calendar/holidays", "{\"date\":\"2030-06-03\",\"nameJa\":\"創立記念日\","
                    + "\"nameEn\":\"Foundation day\"}"));
            ok(SANDBOX.as(product, "suzuki").putJson(REST + "/notifications/preferences", "{\"emailEnabled\":false}"));
            created(SANDBOX.as(product, "tanaka").postJson(REST + "/thanks", "{\"recipients\":[\"suzuki\",\"kato\"],"
                    + "\"message\":\"移行の確認ありがとう 🙏\",\"value\":\"collaboration\",\"contextType\":\"none\","
                    + "\"contextId\":\"\"}"));
            // the department map's aggregates (at least the run's own row)
            ok(admin.postJson(REST + "/insights/department-map/refresh", "{}"));
        }
        // ledger rows: the scheduled mail run after the thanks above can no longer be withdrawn
        for (Product product : Product.values()) {
            ok(SANDBOX.as(product, "admin").putJson(REST + "/admin/thanks-policy", "{\"withdrawMinutes\":0}"));
            assertTrue(SANDBOX.host(product).services().scheduler().jobs()
                    .runNow(dev.kakehashi.schedule.scheduler.SchedulerMailJob.JOB).orElseThrow().sandboxSucceeded());
        }
        // a daily digest row (after the run, which would have sent it): sato chose the digest before the request
        // below names him
        ok(SANDBOX.jira("sato").putJson(REST + "/notifications/preferences", "{\"digest\":true}"));
        Http tanaka = SANDBOX.jira("tanaka");
        HttpResponse<String> request = created(tanaka.postJson(REST + "/collaboration/requests",
                "{\"projectKey\":\"COLLAB\",\"summary\":\"無効化の前の依頼\",\"kind\":\"small-poc\","
                        + "\"requestingDepartment\":\"sales\",\"partnerDepartment\":\"development\",\"purpose\":\"確認\","
                        + "\"scope\":\"一件\",\"helpKind\":\"レビュー\",\"partnerBenefit\":\"学び\",\"partnerContact\":\"suzuki\","
                        + "\"decisionOwner\":\"sato\",\"dueDate\":\"" + LocalDate.now().plusDays(7) + "\"}"));
        String key = Http.json(request).get("issueKey").asText();
        ok(tanaka.postJson(REST + "/collaboration/requests/" + key + "/step",
                "{\"step\":\"first-contact\",\"version\":0}"));
        HttpResponse<String> goal = created(SANDBOX.confluence("tanaka").postJson(REST + "/goals", GoalRestIT.goal("DEMO",
                "無効化の前の目標")));
        ok(SANDBOX.confluence("sato").postJson(REST + "/goals/" + Http.json(goal).get("id").asLong() + "/updates",
                "{\"value\":100,\"status\":\"on-track\",\"comment\":\"確認\",\"version\":"
                        + Http.json(goal).get("version").asInt() + "}"));
        Blueprints.publish(SANDBOX.confluence(), "tanaka", "DEMO", Blueprints.fields("meeting-notes",
                "無効化の前の議事録", "sales,development", "", "残ること"));
        // shuffle lunch: two kept apart, and a round with its seats for the demo programme
        Http jiraAdmin = SANDBOX.jira("admin");
        ok(jiraAdmin.putJson(REST + "/lunch/programmes/tokyo-lunch/apart", "{\"first\":\"tanaka\",\"second\":\"sato\"}"));
        ok(jiraAdmin.postJson(REST + "/lunch/programmes/tokyo-lunch/rounds",
                "{\"date\":\"" + LocalDate.now().plusDays(1) + "\"}"));
        // communities: a pilot with a recognition approval, a board item, a first-pin invitation, and a monthly report
        String pilot = REST + "/communities/lifecycle";
        ok(tanaka.postJson(REST + "/communities", "{\"key\":\"lifecycle\",\"nameEn\":\"English club\","
                + "\"nameJa\":\"英会話部\",\"purpose\":\"話す機会を増やす\",\"rules\":\"相手を尊重する\","
                + "\"logo\":\"🗣\",\"themes\":[\"英会話\"],\"sponsor\":\"yoshida\",\"leaders\":[\"takahashi\"]}"));
        ok(SANDBOX.jira("takahashi").postJson(pilot + "/recognition", "{}"));
        ok(SANDBOX.jira("yoshida").postJson(pilot + "/recognition/approval", "{}"));
        ok(tanaka.postJson(pilot + "/board", "{\"kind\":\"ANSWER\",\"url\":\"/browse/DEMO-1\",\"title\":\"よくある質問\"}"));
        ok(SANDBOX.jira("yoshida").postJson(pilot + "/pins", "{\"username\":\"kato\"}"));
        assertTrue(SANDBOX.jira().services().scheduler().jobs()
                .runNow(com.atlassian.scheduler.config.JobId.of("dev.kakehashi.kakehashi.community.monthly"))
                .orElseThrow().sandboxSucceeded());
        // after an event: a survey answer, a topic for next time and its asker's vote
        String yesterday = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).minusDays(1).toString();
        Http ito = SANDBOX.jira("ito");
        HttpResponse<String> held = ito.postJson(REST + "/events", "{\"title\":\"昨日のランチ会\","
                + "\"format\":\"lunch\",\"mode\":\"offline\",\"place\":\"5F\",\"start\":\"" + yesterday
                + "T12:00\",\"end\":\"" + yesterday + "T13:00\",\"gain\":\"g\",\"organisers\":[\"suzuki\"]}");
        ok(held);
        String event = REST + "/events/" + Http.json(held).get("id").asText();
        ok(ito.postJson(event + "/invitations", "{\"username\":\"tanaka\",\"message\":\"昨日はありがとう\"}"));
        ok(ito.putJson(event + "/attendance", "{\"username\":\"tanaka\",\"attended\":true}"));
        ok(tanaka.putJson(event + "/survey", "{\"worth\":5,\"connected\":4,\"again\":5}"));
        ok(tanaka.postJson(event + "/topics", "{\"text\":\"次は読書会\"}"));
        // an event's preparation request in Jira
        String nextWeek = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(7).toString();
        HttpResponse<String> coming = ito.postJson(REST + "/events", "{\"title\":\"来週のランチ会\","
                + "\"format\":\"lunch\",\"mode\":\"offline\",\"place\":\"5F\",\"start\":\"" + nextWeek
                + "T12:00\",\"end\":\"" + nextWeek + "T13:00\",\"gain\":\"g\",\"organisers\":[\"suzuki\"]}");
        ok(coming);
        ok(ito.postJson(REST + "/events/" + Http.json(coming).get("id").asText() + "/preparation",
                "{\"projectKey\":\"COLLAB\"}"));
        // the transfer's job and ledger rows: another Jira's export imported into this one
        Path home = Files.createTempDirectory("kakehashi-it-other-jira");
        try (SandboxHost other = SandboxHost.start(Product.JIRA, home, 0)) {
            String document = TransferRestIT.exportOf(other);
            assertEquals(202, TransferRestIT.admin(SANDBOX.jira()).postJson(REST + "/admin/transfer/import", document)
                    .statusCode());
            assertEquals("done", TransferRestIT.finished(SANDBOX.jira()).get("state").asText());
        }
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertEquals(response.body(), 201, response.statusCode());
        return response;
    }

    private static void ok(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
    }

    /** Rows per table in each product, e.g. {@code JIRA AO_112619_THANKS → 4}. */
    private static Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Product product : Product.values()) {
            SANDBOX.host(product).rowsPerTable().forEach((table, count) -> rows.put(product + " " + table, count));
        }
        return rows;
    }

    @Test
    public void everyDeclaredTableHasSeedRows() {
        List<String> empty = new ArrayList<>();
        Map<String, Long> jira = SANDBOX.jira().rowsPerTable();
        Map<String, Long> confluence = SANDBOX.confluence().rowsPerTable();
        assertTrue("the descriptor declares tables", jira.size() > 5);
        jira.forEach((table, count) -> {
            if (count + confluence.getOrDefault(table, 0L) == 0) {
                empty.add(table);
            }
        });
        assertEquals("tables without a seed row (add one to seedEveryTable)", List.of(), empty);
    }

    @Test
    public void disablingAndEnablingThePluginKeepsEveryRow() {
        Map<String, Long> before = rows();

        SANDBOX.restart(Product.JIRA);
        SANDBOX.restart(Product.CONFLUENCE);

        assertEquals(before, rows());
        assertEquals("the thanks are still served", 200, SANDBOX.jira("tanaka").get(REST + "/thanks?limit=5").statusCode());
    }

    @Test
    public void uninstallingAndInstallingAgainKeepsEveryRow() throws Exception {
        Map<String, Long> before = rows();

        SANDBOX.reinstall(Product.JIRA);
        SANDBOX.reinstall(Product.CONFLUENCE);

        assertEquals(before, rows());
    }
}
