package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.sandbox.SandboxHost;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Thanks emails over real HTTP against the sandbox: the recipient's language, the preference to turn them off, who may
 * use the preference, and the sandbox's outbox page where the emails can be seen.
 */
public class NotificationRestIT {
    private static final String THANKS = "/rest/kakehashi/1.0/thanks";
    private static final String PREFERENCES = "/rest/kakehashi/1.0/notifications/preferences";
    private static final String OUTBOX = "/sandbox/mail";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    private static Http as(SandboxHost host, String user) {
        return new Http(host.baseUrl()).as(user, user);
    }

    private static String thanks(String recipient, String message) {
        return "{\"recipients\":[\"" + recipient + "\"],\"message\":\"" + message + "\",\"value\":\"collaboration\"}";
    }

    private static String outbox(SandboxHost host) {
        HttpResponse<String> page = as(host, "admin").get(OUTBOX);
        assertEquals(page.body(), 200, page.statusCode());
        return page.body();
    }

    @Test
    public void aThanksIsMailedToTheRecipientInJapaneseUntilTheyTurnEmailsOff() {
        HttpResponse<String> sent = as(SANDBOX.jira(), "tanaka").postJson(THANKS, thanks("suzuki", "レビューありがとう <b>!</b>"));
        assertEquals(sent.body(), 201, sent.statusCode());

        String outbox = outbox(SANDBOX.jira());
        assertTrue(outbox, outbox.contains("suzuki@example.com"));
        assertTrue(outbox.contains("田中 美咲さんからサンクスが届きました"));
        assertTrue(outbox.contains("レビューありがとう &lt;b&gt;!&lt;/b&gt;"));
        assertTrue(outbox.contains(SANDBOX.jira().baseUrl() + "/plugins/servlet/kakehashi/thanks?person=suzuki"));

        HttpResponse<String> off = as(SANDBOX.jira(), "suzuki").putJson(PREFERENCES, "{\"emailEnabled\":false}");
        assertEquals(off.body(), 200, off.statusCode());
        assertTrue(off.body().contains("\"emailEnabled\":false"));
        assertTrue(as(SANDBOX.jira(), "suzuki").get(PREFERENCES).body().contains("\"emailEnabled\":false"));
        assertTrue("others keep theirs", as(SANDBOX.jira(), "sato").get(PREFERENCES).body().contains("\"emailEnabled\":true"));

        assertEquals(201, as(SANDBOX.jira(), "tanaka").postJson(THANKS, thanks("suzuki", "二通目はメールなし")).statusCode());
        assertTrue(as(SANDBOX.jira(), "suzuki").get(THANKS).body().contains("二通目はメールなし"));
        assertFalse(outbox(SANDBOX.jira()).contains("二通目はメールなし"));

        assertEquals(200, as(SANDBOX.jira(), "suzuki").putJson(PREFERENCES, "{\"emailEnabled\":true}").statusCode());
        assertEquals(201, as(SANDBOX.jira(), "tanaka").postJson(THANKS, thanks("suzuki", "三通目はメールあり")).statusCode());
        assertTrue(outbox(SANDBOX.jira()).contains("三通目はメールあり"));
    }

    @Test
    public void confluenceMailsThroughItsMailQueueToo() {
        assertEquals(201, as(SANDBOX.confluence(), "suzuki").postJson(THANKS, thanks("takahashi", "ページの更新ありがとう"))
                .statusCode());

        String outbox = outbox(SANDBOX.confluence());
        assertTrue(outbox, outbox.contains("takahashi@example.com"));
        assertTrue(outbox.contains("鈴木 大輔 すずき だいすけさんからサンクスが届きました"));
    }

    @Test
    public void aThanksToAWholeDepartmentIsNotMailed() {
        String body = "{\"department\":\"support\",\"message\":\"部署全体へのお礼\",\"value\":\"collaboration\"}";
        assertEquals(201, as(SANDBOX.jira(), "ito").postJson(THANKS, body).statusCode());

        assertFalse(outbox(SANDBOX.jira()).contains("部署全体へのお礼"));
    }

    /** The first field error of a refusal, which must be a 400 in the documented shape. */
    private static JsonNode refusal(HttpResponse<String> response) throws Exception {
        assertEquals(response.body(), 400, response.statusCode());
        JsonNode error = new ObjectMapper().readTree(response.body());
        assertEquals(400, error.get("status").asInt());
        return error.get("errors").get(0);
    }

    @Test
    public void aPersonWhoCannotSeeTheIssueIsNotThankedOnItNorMailed() throws Exception {
        String onDemo4 = "\"contextType\":\"jira-issue\",\"contextId\":\"10003\"";
        HttpResponse<String> refused = as(SANDBOX.jira(), "kato").postJson(THANKS, "{\"recipients\":[\"tanaka\"],"
                + "\"message\":\"予算の件で見えない人へ\",\"value\":\"collaboration\"," + onDemo4 + "}");

        JsonNode problem = refusal(refused);
        assertEquals("recipients", problem.get("field").asText());
        assertTrue(problem.toString(), problem.get("message").asText().contains("田中 美咲"));
        assertFalse(outbox(SANDBOX.jira()).contains("予算の件で見えない人へ"));
        assertFalse("not stored", as(SANDBOX.jira(), "kato").get(THANKS + "?contextType=jira-issue&contextId=10003")
                .body().contains("予算の件で見えない人へ"));
        assertFalse(as(SANDBOX.jira(), "admin").get(THANKS + "?person=tanaka&limit=100").body()
                .contains("予算の件で見えない人へ"));

        JsonNode department = refusal(as(SANDBOX.jira(), "kato").postJson(THANKS, "{\"department\":\"sales\","
                + "\"message\":\"営業部のみなさんへ\",\"value\":\"collaboration\"," + onDemo4 + "}"));
        assertEquals("department", department.get("field").asText());
        assertTrue(department.toString(), department.get("message").asText().contains("営業"));
        assertEquals(201, as(SANDBOX.jira(), "admin").postJson(THANKS, "{\"department\":\"accounting\","
                + "\"message\":\"経理部のみなさんへ\",\"value\":\"collaboration\"," + onDemo4 + "}").statusCode());
    }

    @Test
    public void aPersonWhoCannotSeeThePageIsNotThankedOnItNorMailed() throws Exception {
        HttpResponse<String> refused = as(SANDBOX.confluence(), "sato").postJson(THANKS, "{\"recipients\":"
                + "[\"suzuki\"],\"message\":\"営業部ホームの件\",\"value\":\"collaboration\","
                + "\"contextType\":\"confluence-page\",\"contextId\":\"65542\"}");

        assertTrue(refusal(refused).get("message").asText().contains("鈴木 大輔"));
        assertFalse(outbox(SANDBOX.confluence()).contains("営業部ホームの件"));
        assertFalse(as(SANDBOX.confluence(), "sato").get(THANKS + "?contextType=confluence-page&contextId=65542")
                .body().contains("営業部ホームの件"));
    }

    @Test
    public void onlyLoggedInPeopleUseThePreferenceAndOnlyWithJson() throws Exception {
        Http anonymous = new Http(SANDBOX.jira().baseUrl());
        assertEquals(401, anonymous.get(PREFERENCES).statusCode());
        assertEquals(401, anonymous.putJson(PREFERENCES, "{\"emailEnabled\":false}").statusCode());
        // a PUT from a form passes the host's XSRF check (it is only logged there); the app refuses it
        assertEquals(415, put("watanabe", "application/x-www-form-urlencoded", "emailEnabled=false", false));
        assertEquals(415, put("watanabe", "application/x-www-form-urlencoded", "emailEnabled=false", true));
        assertEquals(400, as(SANDBOX.jira(), "watanabe").putJson(PREFERENCES, "{}").statusCode());
        assertTrue("nothing changed", as(SANDBOX.jira(), "watanabe").get(PREFERENCES).body().contains("\"emailEnabled\":true"));
    }

    @Test
    public void theOutboxPageIsForAdministratorsOnly() {
        assertEquals(403, as(SANDBOX.jira(), "tanaka").get(OUTBOX).statusCode());
        assertFalse(new Http(SANDBOX.jira().baseUrl()).get(OUTBOX).body().contains("sandbox-mail"));
    }

    private static int put(String user, String contentType, String body, boolean xsrfToken) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SANDBOX.jira().baseUrl() + PREFERENCES))
                .header("Authorization", "Basic " + token).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (xsrfToken) {
            request.header("X-Atlassian-Token", "no-check");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
