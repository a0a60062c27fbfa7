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
 * Thanks and request emails over real HTTP against the sandbox: the recipient's language, the preferences to turn them
 * off (all, or kind by kind) or take them as a daily digest, who may use the preferences, the scheduled run that sends
 * thanks once they can no longer be withdrawn, and the sandbox's outbox page where the emails can be seen. The withdraw
 * window is 0 minutes here, so that a run right after a send mails it.
 */
public class NotificationRestIT {
    private static final String THANKS = "/rest/kakehashi/1.0/thanks";
    private static final String PREFERENCES = "/rest/kakehashi/1.0/notifications/preferences";
    private static final String OUTBOX = "/sandbox/mail";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    private static final String POLICY = "/rest/kakehashi/1.0/admin/thanks-policy";
    private static final String CALENDAR = "/rest/kakehashi/1.0/admin/calendar";

    @org.junit.BeforeClass
    public static void thanksAreMailedOnTheNextRun() {
        for (SandboxHost host : java.util.List.of(SANDBOX.jira(), SANDBOX.confluence())) {
            assertEquals(200, as(host, "admin").putJson(POLICY, "{\"withdrawMinutes\":0}").statusCode());
        }
    }

    /** One run of the scheduled mail job, as the host's scheduler would start it on one node. */
    static void runScheduledMail(SandboxHost host) {
        com.atlassian.scheduler.JobRunnerResponse run = host.services().scheduler().jobs()
                .runNow(dev.kakehashi.schedule.scheduler.SchedulerMailJob.JOB).orElseThrow();
        assertTrue(run.sandboxMessage(), run.sandboxSucceeded());
    }

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
        runScheduledMail(SANDBOX.jira());

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
        runScheduledMail(SANDBOX.jira());
        assertTrue(as(SANDBOX.jira(), "suzuki").get(THANKS).body().contains("二通目はメールなし"));
        assertFalse(outbox(SANDBOX.jira()).contains("二通目はメールなし"));

        assertEquals(200, as(SANDBOX.jira(), "suzuki").putJson(PREFERENCES, "{\"emailEnabled\":true}").statusCode());
        assertEquals(201, as(SANDBOX.jira(), "tanaka").postJson(THANKS, thanks("suzuki", "三通目はメールあり")).statusCode());
        runScheduledMail(SANDBOX.jira());
        assertTrue(outbox(SANDBOX.jira()).contains("三通目はメールあり"));
    }

    @Test
    public void confluenceMailsThroughItsMailQueueToo() {
        assertEquals(201, as(SANDBOX.confluence(), "suzuki").postJson(THANKS, thanks("takahashi", "ページの更新ありがとう"))
                .statusCode());
        runScheduledMail(SANDBOX.confluence());

        String outbox = outbox(SANDBOX.confluence());
        assertTrue(outbox, outbox.contains("takahashi@example.com"));
        assertTrue(outbox.contains("鈴木 大輔 すずき だいすけさんからサンクスが届きました"));
    }

    @Test
    public void aThanksToAWholeDepartmentIsNotMailed() {
        String body = "{\"department\":\"support\",\"message\":\"部署全体へのお礼\",\"value\":\"collaboration\"}";
        assertEquals(201, as(SANDBOX.jira(), "ito").postJson(THANKS, body).statusCode());
        runScheduledMail(SANDBOX.jira());

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

    @Test
    public void aThanksWithdrawnWithinTheWindowMailsNobodyAndTheOtherIsMailedOnceAfterIt() {
        SandboxHost jira = SANDBOX.jira();
        try {
            assertEquals(200, as(jira, "admin").putJson(POLICY, "{\"withdrawMinutes\":10}").statusCode());
            JsonNode withdrawn = Http.json(as(jira, "tanaka").postJson(THANKS, thanks("sato", "取り消すお礼")));
            assertEquals(201, as(jira, "tanaka").postJson(THANKS, thanks("sato", "取り消さないお礼")).statusCode());
            runScheduledMail(jira);
            assertFalse("not while it may be withdrawn", outbox(jira).contains("取り消さないお礼"));
            assertEquals(204, as(jira, "tanaka").postJson(THANKS + "/" + withdrawn.get("id").asLong() + "/withdraw", "{}")
                    .statusCode());

            assertEquals(200, as(jira, "admin").putJson(POLICY, "{\"withdrawMinutes\":0}").statusCode());
            runScheduledMail(jira);
            runScheduledMail(jira);

            String outbox = outbox(jira);
            assertFalse(outbox.contains("取り消すお礼"));
            assertEquals("mailed once", 1, outbox.split("取り消さないお礼", -1).length - 1);
        } finally {
            as(jira, "admin").putJson(POLICY, "{\"withdrawMinutes\":0}");
        }
    }

    @Test
    public void thePartnerContactNamedInARequestIsMailedInJapaneseAndTheRequesterIsNot() {
        SandboxHost jira = SANDBOX.jira();
        HttpResponse<String> created = as(jira, "tanaka").postJson("/rest/kakehashi/1.0/collaboration/requests",
                "{\"projectKey\":\"COLLAB\",\"summary\":\"通知を確かめる依頼\",\"kind\":\"small-poc\","
                        + "\"requestingDepartment\":\"sales\",\"partnerDepartment\":\"development\","
                        + "\"purpose\":\"確認\",\"scope\":\"一件\",\"partnerContact\":\"suzuki\",\"dueDate\":\""
                        + java.time.LocalDate.now().plusDays(7) + "\"}");
        assertEquals(created.body(), 201, created.statusCode());
        String key = Http.json(created).get("issueKey").asText();

        java.util.List<dev.kakehashi.sandbox.host.MailOutbox.SentMail> mails = jira.services().mailOutbox().sent()
                .stream().filter(m -> m.subject().contains(key)).toList();
        assertEquals(1, mails.size());
        assertEquals("suzuki@example.com", mails.get(0).to());
        assertEquals("[" + key + "] 協業依頼「通知を確かめる依頼」で担当に指名されました", mails.get(0).subject());
        assertTrue(mails.get(0).body(), mails.get(0).body().contains(jira.baseUrl() + "/browse/" + key));
        assertTrue(mails.get(0).body().contains("田中 美咲 さんが、この協業依頼の相手部署の窓口にあなたを指名しました。"));

        assertEquals(200, as(jira, "suzuki").putJson(PREFERENCES, "{\"kinds\":{\"request-step\":false}}")
                .statusCode());
        assertEquals(200, as(jira, "suzuki").postJson("/rest/kakehashi/1.0/collaboration/requests/" + key + "/step",
                "{\"step\":\"first-contact\",\"version\":0}").statusCode());
        java.util.List<String> stepMails = jira.services().mailOutbox().sent().stream()
                .filter(m -> m.subject().contains(key) && m.subject().contains("ステップ")).map(m -> m.to()).toList();
        assertEquals("tanaka is told; suzuki moved it (and turned these off)", java.util.List.of("tanaka@example.com"),
                stepMails);
        as(jira, "suzuki").putJson(PREFERENCES, "{\"kinds\":{\"request-step\":true}}");
    }

    @Test
    public void eachKindAndTheDigestAreSavedForTheCallerAndAnUnknownKindIsRefused() throws Exception {
        Http watanabe = as(SANDBOX.confluence(), "watanabe");
        JsonNode saved = Http.json(watanabe.putJson(PREFERENCES,
                "{\"kinds\":{\"goal-review\":false,\"thanks\":true},\"digest\":true}"));
        assertFalse(saved.get("kinds").get("goal-review").asBoolean());
        assertTrue(saved.get("kinds").get("request-named").asBoolean());
        assertTrue(saved.get("digest").asBoolean());
        assertTrue(saved.get("emailEnabled").asBoolean());
        JsonNode read = Http.json(watanabe.get(PREFERENCES));
        com.fasterxml.jackson.databind.node.ObjectNode savedHere = saved.deepCopy();
        assertEquals("the change was passed on to Jira", "updated", savedHere.remove("linked").get("state").asText());
        assertEquals(savedHere, read);
        assertEquals(dev.kakehashi.notify.NotificationKind.values().length, read.get("kinds").size());

        assertEquals("kinds", refusal(watanabe.putJson(PREFERENCES, "{\"kinds\":{\"spam\":false}}"))
                .get("field").asText());
        assertEquals(400, watanabe.putJson(PREFERENCES, "{\"kinds\":{\"thanks\":null}}").statusCode());
        assertEquals(read, Http.json(watanabe.get(PREFERENCES)));
        assertTrue("others keep theirs", Http.json(as(SANDBOX.confluence(), "sato").get(PREFERENCES)).get("kinds")
                .get("goal-review").asBoolean());
    }

    @Test
    public void aMissedGoalReviewMailsTheGoalsPeopleOnceAfterAScheduledRun() {
        SandboxHost confluence = SANDBOX.confluence();
        assertEquals(200, as(confluence, "admin").putJson(CALENDAR,
                "{\"zone\":\"Asia/Tokyo\",\"skipWeekends\":false,\"skipHolidays\":false}").statusCode());
        int before = confluence.services().mailOutbox().sent().size();

        runScheduledMail(confluence);
        runScheduledMail(confluence);

        java.util.List<dev.kakehashi.sandbox.host.MailOutbox.SentMail> reminders = confluence.services().mailOutbox()
                .sent().stream().skip(before).filter(m -> m.subject().startsWith("目標「")
                        || m.subject().startsWith("The review of the goal")).toList();
        assertFalse("the demo goals of four months ago missed their reviews", reminders.isEmpty());
        assertEquals("each person once per goal", reminders.size(),
                reminders.stream().map(m -> m.to() + m.subject()).distinct().count());
    }

    @Test
    public void anAdministratorSetsTheCompanyCalendarAndAnUnknownZoneIsExplainedInTheCallersLanguage() throws Exception {
        Http admin = as(SANDBOX.jira(), "admin");
        JsonNode calendar = Http.json(admin.get(CALENDAR));
        assertEquals("Asia/Tokyo", calendar.get("zone").asText());

        JsonNode en = refusal(admin.inLanguage("en").putJson(CALENDAR, "{\"zone\":\"+09:00\"}"));
        assertEquals("zone", en.get("field").asText());
        assertEquals("\"+09:00\" is not a time zone id. Enter one such as Asia/Tokyo.", en.get("message").asText());
        JsonNode ja = refusal(admin.inLanguage("ja").putJson(CALENDAR, "{\"zone\":\"Tokio\"}"));
        assertEquals("「Tokio」はタイムゾーン ID ではありません。Asia/Tokyo のように入力してください。", ja.get("message").asText());
        assertEquals(403, as(SANDBOX.jira(), "tanaka").putJson(CALENDAR, "{\"zone\":\"UTC\"}").statusCode());

        JsonNode saved = Http.json(admin.putJson(CALENDAR, "{\"zone\":\"Europe/London\",\"skipWeekends\":false}"));
        assertEquals("Europe/London", saved.get("zone").asText());
        assertFalse(saved.get("skipWeekends").asBoolean());
        assertEquals(saved, Http.json(admin.get(CALENDAR)));
        admin.putJson(CALENDAR, "{\"zone\":\"Asia/Tokyo\",\"skipWeekends\":true}");
    }
}
