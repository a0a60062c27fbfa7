package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.host.SandboxApplicationLinks;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * A collaboration request names the shared goal it serves, and the goal lists its requests, over HTTP on the sandbox
 * pair: Jira asks Confluence about goals and Confluence asks Jira about requests, each as the person using it, so
 * that nobody names a goal or sees a request they may not see, and each says why when the other cannot be asked.
 */
public class GoalLinkRestIT {
    private static final String REST = "/rest/kakehashi/1.0";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        return Http.json(response);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The id of the goal with this title, as Jira's picker finds it for the user. */
    private static long goalId(String user, String title) {
        JsonNode found = ok(SANDBOX.jira(user).get(REST + "/collaboration/goals?q=" + q(title)));
        assertEquals(found.toString(), "ok", found.get("state").asText());
        for (JsonNode goal : found.get("goals")) {
            if (goal.get("title").asText().equals(title)) {
                return goal.get("id").asLong();
            }
        }
        throw new AssertionError(title + " not found: " + found);
    }

    private static String newRequest(String summary, String goal) {
        return "{\"projectKey\":\"COLLAB\",\"summary\":\"" + summary + "\",\"kind\":\"joint-task\","
                + "\"requestingDepartment\":\"sales\",\"partnerDepartment\":\"support\",\"purpose\":\"目的\","
                + "\"scope\":\"範囲\",\"dueDate\":\"" + LocalDate.now().plusDays(14) + "\""
                + (goal == null ? "" : ",\"goal\":\"" + goal + "\"") + "}";
    }

    /** The issue keys the goal's card lists for the user, asked of Confluence. */
    private static List<String> listed(String user, long goalId) {
        JsonNode page = ok(SANDBOX.confluence(user).get(REST + "/goals/" + goalId + "/requests"));
        assertEquals(page.toString(), "ok", page.get("state").asText());
        List<String> keys = new ArrayList<>();
        page.get("requests").forEach(r -> keys.add(r.get("issueKey").asText()));
        return keys;
    }

    @Test
    public void demoRequestsServeDemoGoalsAndTheGoalListsThemWithTheirStepsNewestFirst() {
        long goal = goalId("tanaka", "問い合わせの一次回答を 24 時間以内に");

        JsonNode page = ok(SANDBOX.confluence("tanaka").get(REST + "/goals/" + goal + "/requests"));
        JsonNode newest = page.get("requests").get(0);
        assertEquals("COLLAB-6", newest.get("issueKey").asText());
        assertEquals(SANDBOX.jira().baseUrl() + "/browse/COLLAB-6", newest.get("url").asText());
        assertEquals("新機能のリリースノートをサポート向けに試作する", newest.get("summary").asText());
        assertEquals(1, newest.get("step").asInt());
        assertEquals("依頼を定義", newest.get("stepName").asText());
        assertEquals("開発", newest.get("requestingDepartment").asText());
        assertEquals("COLLAB-2", page.get("requests").get(1).get("issueKey").asText());
        assertEquals(5, page.get("requests").get(1).get("step").asInt());
        JsonNode english = ok(SANDBOX.confluence("tanaka").inLanguage("en")
                .get(REST + "/goals/" + goal + "/requests")).get("requests").get(1);
        assertEquals("Result shared, partner thanked", english.get("stepName").asText());
        assertEquals("Customer Support", english.get("requestingDepartment").asText());

        JsonNode onIssue = ok(SANDBOX.jira("tanaka").get(REST + "/collaboration/requests/COLLAB-2"));
        assertEquals(Long.toString(goal), onIssue.get("goalId").asText());
        JsonNode named = ok(SANDBOX.jira("tanaka").get(REST + "/collaboration/goals/" + goal));
        assertEquals("ok", named.get("state").asText());
        assertEquals("問い合わせの一次回答を 24 時間以内に", named.get("goals").get(0).get("title").asText());
        assertTrue(named.get("goals").get(0).get("url").asText()
                .startsWith(SANDBOX.confluence().baseUrl() + "/pages/viewpage.action?pageId="));
    }

    @Test
    public void aRequestNamesAGoalFoundByPartOfItsTitleInAnyCaseAndItsHistoryRecordsAChange() {
        HttpResponse<String> made = SANDBOX.confluence("tanaka").postJson(REST + "/goals",
                GoalRestIT.goal("DEMO", "Raise NPS to 40 顧客推奨度"));
        assertEquals(made.body(), 201, made.statusCode());
        long goal = Http.json(made).get("id").asLong();
        assertEquals(goal, goalId("sato", "Raise NPS to 40 顧客推奨度"));
        JsonNode lower = ok(SANDBOX.jira("sato").get(REST + "/collaboration/goals?q=" + q("nps")));
        assertEquals(goal, lower.get("goals").get(0).get("id").asLong());
        JsonNode japanese = ok(SANDBOX.jira("sato").get(REST + "/collaboration/goals?q=" + q("推奨")));
        assertEquals(goal, japanese.get("goals").get(0).get("id").asLong());

        HttpResponse<String> created = SANDBOX.jira("tanaka").postJson(REST + "/collaboration/requests",
                newRequest("NPS の調査票を見直す", Long.toString(goal)));
        assertEquals(created.body(), 201, created.statusCode());
        String key = Http.json(created).get("issueKey").asText();
        assertEquals(List.of(key), listed("sato", goal));

        JsonNode request = ok(SANDBOX.jira("tanaka").get(REST + "/collaboration/requests/" + key));
        String body = "{\"kind\":\"joint-task\",\"requestingDepartment\":\"sales\",\"partnerDepartment\":\"support\","
                + "\"purpose\":\"目的\",\"scope\":\"範囲\",\"goal\":\"\",\"version\":" + request.get("version").asInt() + "}";
        ok(SANDBOX.jira("tanaka").putJson(REST + "/collaboration/requests/" + key, body));
        assertEquals(List.of(), listed("sato", goal));
        assertTrue(ok(SANDBOX.jira("tanaka").get(REST + "/collaboration/requests/" + key)).get("goalId").isNull());
        String panel = SANDBOX.jira("tanaka").get("/browse/" + key).body();
        assertTrue("the history names the goal that was removed", panel.contains("#" + goal));
    }

    @Test
    public void aGoalTheCallerMayNotSeeCannotBeNamedAndItsTitleIsNeverShown() {
        HttpResponse<String> made = SANDBOX.confluence("suzuki").postJson(REST + "/goals",
                GoalRestIT.goal("DEV", "開発部だけの目標"));
        assertEquals(made.body(), 201, made.statusCode());
        long hidden = Http.json(made).get("id").asLong();

        HttpResponse<String> refused = SANDBOX.jira("tanaka").postJson(REST + "/collaboration/requests",
                newRequest("見えない目標の依頼", Long.toString(hidden)));
        assertEquals(refused.body(), 400, refused.statusCode());
        JsonNode error = Http.json(refused).get("errors").get(0);
        assertEquals("goal", error.get("field").asText());
        assertTrue(error.get("message").asText(), error.get("message").asText().contains("あなたが見られるこの ID の共有目標はありません"));
        HttpResponse<String> missing = SANDBOX.jira("tanaka").inLanguage("en").postJson(REST
                + "/collaboration/requests", newRequest("存在しない目標の依頼", "99999999"));
        assertEquals("No shared goal with this id that you may see in Confluence. Choose a goal from the list.",
                Http.json(missing).get("errors").get(0).get("message").asText());
        assertFalse(ok(SANDBOX.jira("tanaka").get(REST + "/collaboration/goals?q=" + q("開発部だけ"))).toString()
                .contains("開発部だけ"));

        HttpResponse<String> named = SANDBOX.jira("suzuki").postJson(REST + "/collaboration/requests",
                newRequest("開発部の目標に向けた依頼", Long.toString(hidden)));
        assertEquals(named.body(), 201, named.statusCode());
        JsonNode seenByTanaka = ok(SANDBOX.jira("tanaka").get(REST + "/collaboration/goals/" + hidden));
        assertEquals("not-found", seenByTanaka.get("state").asText());
        assertFalse(seenByTanaka.toString().contains("開発部だけ"));
        HttpResponse<String> card = SANDBOX.confluence("tanaka").get(REST + "/goals/" + hidden + "/requests");
        HttpResponse<String> none = SANDBOX.confluence("tanaka").get(REST + "/goals/99999999/requests");
        assertEquals(404, card.statusCode());
        assertEquals("hidden and missing answer alike", none.body(), card.body());
    }

    @Test
    public void aGoalListsOnlyTheRequestsTheViewerMayBrowseAndSaysNothingOfTheOthers() {
        long goal = goalId("kato", "問い合わせの一次回答を 24 時間以内に");
        JsonNode request = ok(SANDBOX.jira("kato").get(REST + "/collaboration/requests/COLLAB-9"));
        String body = "{\"kind\":\"joint-task\",\"requestingDepartment\":\"accounting\",\"partnerDepartment\":\"it\","
                + "\"purpose\":\"p\",\"scope\":\"s\",\"partnerContact\":\"kobayashi\",\"decisionOwner\":\"admin\","
                + "\"goal\":\"" + goal + "\",\"version\":" + request.get("version").asInt() + "}";
        ok(SANDBOX.jira("kato").putJson(REST + "/collaboration/requests/COLLAB-9", body));

        assertTrue(listed("kato", goal).contains("COLLAB-9"));
        assertFalse(listed("tanaka", goal).contains("COLLAB-9"));
        String tanakas = SANDBOX.confluence("tanaka").get(REST + "/goals/" + goal + "/requests").body();
        assertFalse(tanakas, tanakas.contains("経理システム"));
        assertFalse("no count of the others", tanakas.contains("total") || tanakas.contains("hidden"));
        String direct = ok(SANDBOX.jira("tanaka").get(REST + "/collaboration/requests?goal=" + goal)).toString();
        assertFalse(direct.contains("COLLAB-9"));
    }

    @Test
    public void whenTheLinkNeedsAuthorisationOrIsMissingEachSideSaysSoAndTheRestOfARequestIsKept() {
        long goal = goalId("sato", "契約更新の前倒し 20 社");
        SandboxApplicationLinks jiraLinks = SANDBOX.jira().services().applicationLinks();
        SandboxApplicationLinks confluenceLinks = SANDBOX.confluence().services().applicationLinks();
        jiraLinks.requireAuthorisation("sato");
        confluenceLinks.requireAuthorisation("sato");
        try {
            JsonNode search = ok(SANDBOX.jira("sato").get(REST + "/collaboration/goals?q=" + q("契約")));
            assertEquals("needs-authorisation", search.get("state").asText());
            assertTrue(search.get("authoriseUrl").asText(), search.get("authoriseUrl").asText()
                    .startsWith(SANDBOX.jira().baseUrl() + SandboxApplicationLinks.AUTHORISE_PATH));
            HttpResponse<String> refused = SANDBOX.jira("sato").postJson(REST + "/collaboration/requests",
                    newRequest("許可前の依頼", Long.toString(goal)));
            assertEquals(400, refused.statusCode());
            assertEquals(List.of("goal"), fields(refused));
            assertTrue(refused.body().contains("許可"));
            assertEquals("without a goal the request is made", 201, SANDBOX.jira("sato").postJson(REST
                    + "/collaboration/requests", newRequest("許可前の依頼", null)).statusCode());

            JsonNode card = ok(SANDBOX.confluence("sato").get(REST + "/goals/" + goal + "/requests"));
            assertEquals("needs-authorisation", card.get("state").asText());
            assertEquals(0, card.get("requests").size());
            assertTrue(card.get("authoriseUrl").asText().startsWith(SANDBOX.confluence().baseUrl()));
        } finally {
            jiraLinks.authorise("sato");
            confluenceLinks.authorise("sato");
        }

        jiraLinks.unlink();
        confluenceLinks.unlink();
        try {
            assertEquals("not-linked", ok(SANDBOX.jira("sato").get(REST + "/collaboration/goals?q=x"))
                    .get("state").asText());
            HttpResponse<String> refused = SANDBOX.jira("sato").inLanguage("en").postJson(REST
                    + "/collaboration/requests", newRequest("リンクのない依頼", Long.toString(goal)));
            assertTrue(refused.body(), refused.body().contains("not linked to Confluence"));
            assertEquals("not-linked", ok(SANDBOX.confluence("sato").get(REST + "/goals/" + goal + "/requests"))
                    .get("state").asText());
        } finally {
            jiraLinks.linkTo(Product.CONFLUENCE, SANDBOX.confluence().baseUrl(), SANDBOX.jira().baseUrl());
            confluenceLinks.linkTo(Product.JIRA, SANDBOX.jira().baseUrl(), SANDBOX.confluence().baseUrl());
        }
        assertEquals("ok", ok(SANDBOX.jira("sato").get(REST + "/collaboration/goals?q=x")).get("state").asText());
    }

    private static List<String> fields(HttpResponse<String> response) {
        List<String> fields = new ArrayList<>();
        Http.json(response).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
