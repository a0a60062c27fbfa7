package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Thanks over real HTTP against the sandbox: emails name the issue by key and summary and link to the port the
 * sandbox listens on; hiding asks a reason, mails the sender, lists the thanks for admins only, and can be undone;
 * a reader sees where a thanks was given only when they may see it.
 */
public class ThanksModerationRestIT {
    private static final String THANKS = "/rest/kakehashi/1.0/thanks";
    private static final String OUTBOX = "/sandbox/mail";
    private static final String ON_DEMO_1 = "\"contextType\":\"jira-issue\",\"contextId\":\"10000\"";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    private static Http as(String user) {
        return new Http(SANDBOX.jira().baseUrl()).as(user, user);
    }

    private static String outbox() {
        HttpResponse<String> page = as("admin").get(OUTBOX);
        assertEquals(page.body(), 200, page.statusCode());
        return page.body();
    }

    private static long send(String sender, String recipient, String message, String context) {
        HttpResponse<String> sent = as(sender).postJson(THANKS, "{\"recipients\":[\"" + recipient + "\"],\"message\":\""
                + message + "\",\"value\":\"collaboration\"" + (context.isEmpty() ? "" : "," + context) + "}");
        assertEquals(sent.body(), 201, sent.statusCode());
        return Http.json(sent).get("id").asLong();
    }

    @Test
    public void anEmailNamesTheIssueByKeyAndSummaryAndLinksToTheRunningSandbox() {
        // thanks are mailed by the scheduled run once the withdraw window has passed: no window here
        assertEquals(200, as("admin").putJson("/rest/kakehashi/1.0/admin/thanks-policy", "{\"withdrawMinutes\":0}")
                .statusCode());
        send("tanaka", "suzuki", "テンプレートの件ありがとう", ON_DEMO_1);
        NotificationRestIT.runScheduledMail(SANDBOX.jira());

        String outbox = outbox();
        assertTrue(outbox, outbox.contains("Jira 課題「DEMO-1 営業資料のテンプレートを全社で共有する」で贈られました"));
        assertFalse(outbox, outbox.contains("ID 10000"));
        int port = URI.create(SANDBOX.jira().baseUrl()).getPort();
        if (port != 2990) {
            assertFalse("the demo emails link to the port the sandbox listens on", outbox.contains("localhost:2990"));
        }
        assertTrue(outbox, outbox.contains(SANDBOX.jira().baseUrl() + "/secure/ViewIssue.jspa?id=10000"));
    }

    @Test
    public void aThanksNamesWhereItWasGivenOnlyToReadersWhoMaySeeIt() {
        send("kato", "admin", "予算の件、助かりました", "\"contextType\":\"jira-issue\",\"contextId\":\"10003\"");
        send("tanaka", "suzuki", "共有ありがとう", ON_DEMO_1);

        assertEquals("DEMO-1 営業資料のテンプレートを全社で共有する", titleOf(as("suzuki"), "suzuki", "共有ありがとう"));
        assertEquals("kato may see DEMO-4", "DEMO-4 経理システム刷新の予算 (confidential)",
                titleOf(as("kato"), "admin", "予算の件、助かりました"));
        String forTanaka = as("tanaka").get(THANKS + "?person=admin&limit=100").body();
        assertFalse("tanaka may not see DEMO-4", forTanaka.contains("経理システム"));
        assertFalse(forTanaka.contains("予算の件"));
    }

    private static String titleOf(Http reader, String person, String message) {
        for (JsonNode item : Http.json(reader.get(THANKS + "?person=" + person + "&limit=100")).get("items")) {
            if (item.get("message").asText().equals(message)) {
                return item.get("contextTitle").asText();
            }
        }
        throw new AssertionError("no thanks " + message);
    }

    @Test
    public void hidingTakesAReasonTellsTheSenderIsListedForAdminsAndCanBeUndone() {
        long id = send("watanabe", "sato", "隠される予定のサンクス", "");
        String hide = THANKS + "/" + id + "/hide";

        assertEquals(400, as("admin").postJson(hide, "{\"reason\":\"\"}").statusCode());
        assertEquals(400, as("admin").postJson(hide, "{\"reason\":\"" + "あ".repeat(301) + "\"}").statusCode());
        assertEquals(204, as("admin").postJson(hide, "{\"reason\":\"業務と関係のない内容のため\"}").statusCode());

        assertFalse(as("sato").get(THANKS + "?person=sato&limit=100").body().contains("隠される予定のサンクス"));
        String outbox = outbox();
        assertTrue(outbox, outbox.contains("送ったサンクスが管理者によって非表示にされました"));
        assertTrue(outbox, outbox.contains("業務と関係のない内容のため"));

        assertEquals(403, as("sato").get(THANKS + "/hidden").statusCode());
        JsonNode hidden = Http.json(as("admin").get(THANKS + "/hidden")).get("items");
        JsonNode entry = null;
        for (JsonNode h : hidden) {
            if (h.get("id").asLong() == id) {
                entry = h;
            }
        }
        assertTrue(hidden.toString(), entry != null);
        assertEquals("業務と関係のない内容のため", entry.get("reason").asText());
        assertEquals("admin", entry.get("hiddenBy").get("username").asText());
        assertTrue(entry.get("readable").asBoolean());
        assertEquals("隠される予定のサンクス", entry.get("message").asText());

        assertFalse(outbox, outbox.contains("送ったサンクスが再び表示されるようになりました"));
        assertEquals(204, as("admin").postJson(THANKS + "/" + id + "/unhide", "{}").statusCode());
        assertTrue(as("sato").get(THANKS + "?person=sato&limit=100").body().contains("隠される予定のサンクス"));
        assertFalse(as("admin").get(THANKS + "/hidden").body().contains("\"id\":" + id + ","));
        String shown = outbox();
        assertTrue(shown, shown.contains("送ったサンクスが再び表示されるようになりました"));
    }

    @Test
    public void aPrivateThanksIsNeitherHiddenNorListedForAnAdminOutsideIt() {
        HttpResponse<String> sent = as("tanaka").postJson(THANKS, "{\"recipients\":[\"suzuki\"],\"message\":"
                + "\"内緒のお礼\",\"value\":\"collaboration\",\"visibility\":\"private\"}");
        long id = Http.json(sent).get("id").asLong();

        assertEquals(404, as("admin").postJson(THANKS + "/" + id + "/hide", "{\"reason\":\"r\"}").statusCode());
        assertFalse(as("admin").get(THANKS + "/hidden").body().contains("内緒のお礼"));
    }
}
