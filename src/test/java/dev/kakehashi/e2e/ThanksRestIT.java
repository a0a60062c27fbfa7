package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The thanks API over real HTTP against the sandbox: the access matrix (anonymous, ordinary user, user without
 * permission on the issue or page, admin), the rules, and that nothing leaks from an issue or page a caller cannot see.
 */
public class ThanksRestIT {
    private static final String THANKS = "/rest/kakehashi/1.0/thanks";
    /** DEMO-1, visible to everyone; DEMO-4, only to accounting (kato) and admins. */
    private static final String OPEN_ISSUE = "contextType=jira-issue&contextId=10000";
    private static final String SECRET_ISSUE = "contextType=jira-issue&contextId=10003";
    /** A page everyone sees, and one only development (suzuki) and admins see. */
    private static final String OPEN_PAGE = "contextType=confluence-page&contextId=65538";
    private static final String SECRET_PAGE = "contextType=confluence-page&contextId=65540";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    private static String body(String recipient, String message, String context) {
        String[] parts = context == null ? new String[] {"none", ""} : context.replace("contextType=", "")
                .replace("contextId=", "").split("&");
        return "{\"recipients\":[\"" + recipient + "\"],\"message\":\"" + message + "\",\"value\":\"collaboration\","
                + "\"contextType\":\"" + parts[0] + "\",\"contextId\":\"" + parts[1] + "\"}";
    }

    /** How many cross-department thanks this caller is told a department received. */
    private static int received(Http caller, String department) {
        for (JsonNode tally : Http.json(caller.get(THANKS + "/departments"))) {
            if (tally.get("departmentKey").asText().equals(department)) {
                return tally.get("received").asInt();
            }
        }
        throw new AssertionError("no tally for " + department);
    }

    private static List<String> messages(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        List<String> messages = new ArrayList<>();
        Http.json(response).get("items").forEach(item -> messages.add(item.get("message").asText()));
        return messages;
    }

    @Test
    public void aThanksOnAnIssueAppearsForOthersWithTheDepartmentsOfTheDay() {
        HttpResponse<String> sent = SANDBOX.jira("tanaka").postJson(THANKS, body("suzuki", "見積もりの確認ありがとう！🙏", OPEN_ISSUE));

        assertEquals(sent.body(), 201, sent.statusCode());
        JsonNode thanks = Http.json(sent);
        assertEquals("田中 美咲", thanks.get("sender").get("displayName").asText());
        assertEquals("鈴木 大輔 すずき だいすけ", thanks.get("recipients").get(0).get("displayName").asText());
        assertTrue(thanks.get("crossDepartment").asBoolean());
        assertEquals("sales", thanks.get("senderDepartments").get(0).asText());
        assertEquals("development", thanks.get("recipientDepartments").get(0).asText());
        assertTrue(thanks.get("withdrawable").asBoolean());

        JsonNode seenBySuzuki = Http.json(SANDBOX.jira("suzuki").get(THANKS + "?" + OPEN_ISSUE));
        assertTrue(messages(SANDBOX.jira("sato").get(THANKS + "?" + OPEN_ISSUE)).contains("見積もりの確認ありがとう！🙏"));
        assertTrue(seenBySuzuki.get("items").get(0).get("toMe").asBoolean());
        assertFalse(seenBySuzuki.get("items").get(0).get("withdrawable").asBoolean());
    }

    @Test
    public void anonymousCallersMustLogInAndTheAppRefusesWhatIsNotJson() {
        Http anonymous = new Http(SANDBOX.jira().baseUrl());
        assertEquals(401, anonymous.get(THANKS).statusCode());
        assertEquals(401, anonymous.postJson(THANKS, body("suzuki", "x", null)).statusCode());
        List<String> before = messages(SANDBOX.jira("tanaka").get(THANKS + "?person=suzuki&limit=100"));
        // each of these passes the host's XSRF check (it carries the header), so only the app can refuse it
        String token = "X-Atlassian-Token";
        assertEquals(415, SANDBOX.jira("tanaka").post(THANKS, "application/x-www-form-urlencoded",
                "recipients=suzuki&message=form", token, "no-check").statusCode());
        assertEquals(415, SANDBOX.jira("tanaka").post(THANKS, "text/plain", body("suzuki", "plain", null), token, "no-check")
                .statusCode());
        assertEquals(415, SANDBOX.jira("tanaka").send("POST", THANKS, null, body("suzuki", "untyped", null), token,
                "no-check").statusCode());
        assertEquals(400, SANDBOX.jira("tanaka").send("POST", THANKS, "application/json", null).statusCode());
        assertEquals(before, messages(SANDBOX.jira("tanaka").get(THANKS + "?person=suzuki&limit=100")));

        HttpResponse<String> sent = SANDBOX.jira("tanaka").postJson(THANKS, body("suzuki", "本文のない取り消しは効かない", null));
        assertEquals(sent.body(), 201, sent.statusCode());
        String withdraw = THANKS + "/" + Http.json(sent).get("id").asLong() + "/withdraw";
        assertEquals(415, SANDBOX.jira("tanaka").send("POST", withdraw, null, null, token, "no-check").statusCode());
        assertEquals(415, SANDBOX.jira("tanaka").post(withdraw, "application/x-www-form-urlencoded", "", token, "no-check")
                .statusCode());
        assertTrue(messages(SANDBOX.jira("suzuki").get(THANKS + "?person=suzuki&limit=100")).contains("本文のない取り消しは効かない"));
    }

    @Test
    public void nothingLeaksFromAnIssueTheCallerCannotSee() {
        assertEquals(404, SANDBOX.jira("tanaka").postJson(THANKS, body("kato", "見えない課題", SECRET_ISSUE)).statusCode());
        HttpResponse<String> secret = SANDBOX.jira("kato").postJson(THANKS, body("admin", "予算の件、極秘でありがとう", SECRET_ISSUE));
        assertEquals(secret.body(), 201, secret.statusCode());
        long id = Http.json(secret).get("id").asLong();

        HttpResponse<String> byIssue = SANDBOX.jira("tanaka").get(THANKS + "?" + SECRET_ISSUE);
        assertEquals(404, byIssue.statusCode());
        assertFalse(byIssue.body().contains("予算"));
        assertFalse(messages(SANDBOX.jira("tanaka").get(THANKS + "?limit=100")).contains("予算の件、極秘でありがとう"));
        assertFalse(messages(SANDBOX.jira("tanaka").get(THANKS + "?person=admin&limit=100")).contains("予算の件、極秘でありがとう"));
        assertFalse(messages(SANDBOX.jira("tanaka").get(THANKS + "?department=accounting&limit=100"))
                .contains("予算の件、極秘でありがとう"));
        assertEquals(404, SANDBOX.jira("tanaka").get(THANKS + "/suggestions?" + SECRET_ISSUE).statusCode());
        assertEquals(404, SANDBOX.jira("tanaka").postJson(THANKS + "/" + id + "/withdraw", "{}").statusCode());

        assertEquals("no count from the hidden issue", received(SANDBOX.jira("tanaka"), "it") + 1,
                received(SANDBOX.jira("kato"), "it"));
        assertTrue(messages(SANDBOX.jira("kato").get(THANKS + "?" + SECRET_ISSUE)).contains("予算の件、極秘でありがとう"));
        assertTrue(messages(SANDBOX.jira("admin").get(THANKS + "?" + SECRET_ISSUE)).contains("予算の件、極秘でありがとう"));
    }

    @Test
    public void pagesFollowConfluencePermissions() {
        assertEquals(201, SANDBOX.confluence("yamada").postJson(THANKS, body("yoshida", "手順書ありがとう", OPEN_PAGE)).statusCode());
        assertEquals(404, SANDBOX.confluence("tanaka").postJson(THANKS, body("suzuki", "振り返り", SECRET_PAGE)).statusCode());
        assertEquals(201, SANDBOX.confluence("suzuki").postJson(THANKS, body("takahashi", "振り返りの進行ありがとう", SECRET_PAGE))
                .statusCode());

        assertEquals(404, SANDBOX.confluence("tanaka").get(THANKS + "?" + SECRET_PAGE).statusCode());
        assertFalse(messages(SANDBOX.confluence("tanaka").get(THANKS + "?limit=100")).contains("振り返りの進行ありがとう"));
        assertTrue(messages(SANDBOX.confluence("takahashi").get(THANKS + "?" + SECRET_PAGE)).contains("振り返りの進行ありがとう"));
        assertTrue(messages(SANDBOX.confluence("sato").get(THANKS + "?" + OPEN_PAGE)).contains("手順書ありがとう"));
        assertEquals(404, SANDBOX.confluence("tanaka").postJson(THANKS, body("suzuki", "Jira の課題", OPEN_ISSUE)).statusCode());
    }

    @Test
    public void rulesAreExplainedInTheCallersLanguage() {
        JsonNode self = Http.json(SANDBOX.jira("tanaka").inLanguage("ja").postJson(THANKS, body("tanaka", "自分へ", null)));
        assertEquals(400, self.get("status").asInt());
        assertEquals("自分自身にはサンクスを送れません。", self.get("errors").get(0).get("message").asText());

        JsonNode unknown = Http.json(SANDBOX.jira("tanaka").inLanguage("en").postJson(THANKS, body("nobody", "?", null)));
        assertEquals("There is no user named nobody.", unknown.get("errors").get(0).get("message").asText());

        JsonNode empty = Http.json(SANDBOX.jira("tanaka").inLanguage("en").postJson(THANKS,
                "{\"recipients\":[],\"message\":\"\"}"));
        List<String> fields = new ArrayList<>();
        empty.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertTrue(fields.containsAll(List.of("recipients", "message", "value")));
        assertEquals(400, SANDBOX.jira("tanaka").postJson(THANKS, "{\"recipients\":[\"suzuki\"],\"message\":\"" + "あ".repeat(1001)
                + "\",\"value\":\"collaboration\"}").statusCode());
    }

    @Test
    public void privateThanksAreSeenOnlyByThePeopleInThem() {
        HttpResponse<String> sent = SANDBOX.jira("ito").postJson(THANKS, "{\"recipients\":[\"yamamoto\"],\"message\":\"内緒の感謝\","
                + "\"value\":\"collaboration\",\"visibility\":\"private\"}");
        assertEquals(sent.body(), 201, sent.statusCode());

        assertTrue(messages(SANDBOX.jira("yamamoto").get(THANKS + "?limit=100")).contains("内緒の感謝"));
        assertTrue(messages(SANDBOX.jira("ito").get(THANKS + "?limit=100")).contains("内緒の感謝"));
        assertFalse(messages(SANDBOX.jira("nakamura").get(THANKS + "?limit=100")).contains("内緒の感謝"));
        assertFalse(messages(SANDBOX.jira("admin").get(THANKS + "?limit=100")).contains("内緒の感謝"));
    }

    @Test
    public void onlyTheSenderWithdrawsAndOnlyAdminsHide() {
        long first = Http.json(SANDBOX.jira("watanabe").postJson(THANKS, body("sato", "取り消す予定", null))).get("id").asLong();
        long second = Http.json(SANDBOX.jira("watanabe").postJson(THANKS, body("sato", "不適切な表現", null))).get("id").asLong();

        assertEquals(403, SANDBOX.jira("sato").postJson(THANKS + "/" + first + "/withdraw", "{}").statusCode());
        assertEquals(204, SANDBOX.jira("watanabe").postJson(THANKS + "/" + first + "/withdraw", "{}").statusCode());
        assertEquals(403, SANDBOX.jira("sato").postJson(THANKS + "/" + second + "/hide", "{}").statusCode());
        assertEquals(400, SANDBOX.jira("admin").postJson(THANKS + "/" + second + "/hide", "{}").statusCode());
        assertEquals(204, SANDBOX.jira("admin").postJson(THANKS + "/" + second + "/hide",
                "{\"reason\":\"不適切な表現のため\"}").statusCode());
        assertEquals(404, SANDBOX.jira("admin").postJson(THANKS + "/99999999/hide", "{}").statusCode());

        List<String> left = messages(SANDBOX.jira("sato").get(THANKS + "?person=sato&limit=100"));
        assertFalse(left.contains("取り消す予定"));
        assertFalse(left.contains("不適切な表現"));
    }

    @Test
    public void theDailyLimitAnswers429() {
        Http admin = SANDBOX.jira("admin");
        assertEquals(200, admin.putJson("/rest/kakehashi/1.0/admin/thanks-policy", "{\"dailyLimit\":2}").statusCode());
        try {
            assertEquals(201, SANDBOX.jira("nakamura").postJson(THANKS, body("ito", "1", null)).statusCode());
            assertEquals(201, SANDBOX.jira("nakamura").postJson(THANKS, body("ito", "2", null)).statusCode());
            HttpResponse<String> third = SANDBOX.jira("nakamura").inLanguage("en").postJson(THANKS, body("ito", "3", null));
            assertEquals(429, third.statusCode());
            assertTrue(Http.json(third).get("message").asText().contains("2"));
        } finally {
            admin.putJson("/rest/kakehashi/1.0/admin/thanks-policy", "{\"dailyLimit\":20}");
        }
        assertEquals(403, SANDBOX.jira("nakamura").putJson("/rest/kakehashi/1.0/admin/thanks-policy", "{\"dailyLimit\":1000}")
                .statusCode());
        assertEquals(400, admin.putJson("/rest/kakehashi/1.0/admin/thanks-policy", "{\"dailyLimit\":0}").statusCode());
    }

    @Test
    public void suggestionsAreTheIssuesPeopleAndDepartmentsAreSummed() {
        JsonNode suggestions = Http.json(SANDBOX.jira("sato").get(THANKS + "/suggestions?" + OPEN_ISSUE));
        List<String> names = new ArrayList<>();
        suggestions.forEach(p -> names.add(p.get("username").asText()));
        assertEquals("reporter, assignee, latest commenter", List.of("tanaka", "suzuki", "ito"), names);

        Map<String, JsonNode> before = tallies(SANDBOX.jira("kobayashi").get(THANKS + "/departments"));
        HttpResponse<String> sent = SANDBOX.jira("kobayashi").postJson(THANKS, "{\"department\":\"general-affairs\","
                + "\"message\":\"いつも助かっています\",\"value\":\"collaboration\"}");
        assertEquals(sent.body(), 201, sent.statusCode());
        Map<String, JsonNode> after = tallies(SANDBOX.jira("kobayashi").get(THANKS + "/departments"));

        assertEquals("general-affairs received this thanks", before.get("general-affairs").get("received").asInt() + 1,
                after.get("general-affairs").get("received").asInt());
        assertEquals("kobayashi's department (it) gave it", before.get("it").get("given").asInt() + 1,
                after.get("it").get("given").asInt());
        assertEquals("nobody else's tally moved", before.get("sales"), after.get("sales"));
    }

    private static Map<String, JsonNode> tallies(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        Map<String, JsonNode> byDepartment = new java.util.HashMap<>();
        Http.json(response).forEach(t -> byDepartment.put(t.get("departmentKey").asText(), t));
        return byDepartment;
    }
}
