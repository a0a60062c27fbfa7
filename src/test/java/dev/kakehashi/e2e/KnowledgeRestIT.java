package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.testing.Blueprints;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The knowledge-sharing pages over HTTP on the sandbox pair: pages made from the blueprints reach their logs, carry
 * their labels and, for results pages, reach their request in Jira through the application link as their creator;
 * what the wizard sends is read as untrusted text; a log never shows a page the reader may not view.
 */
public class KnowledgeRestIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REST = "/rest/kakehashi/1.0";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    private static JsonNode logEntry(String user, String query, long pageId) throws Exception {
        for (JsonNode item : json(SANDBOX.confluence(user).get(REST + "/knowledge/pages?" + query + "&limit=50")).get("items")) {
            if (item.get("pageId").asLong() == pageId) {
                return item;
            }
        }
        return null;
    }

    private static List<String> resultPageTitles(String user, String issueKey) throws Exception {
        List<String> titles = new ArrayList<>();
        json(SANDBOX.jira(user).get(REST + "/collaboration/requests/" + issueKey)).get("resultPages")
                .forEach(p -> titles.add(p.get("title").asText()));
        return titles;
    }

    @Test
    public void aResultsPageIsLoggedLabelledPrefilledAndRecordedOnItsRequestAsItsCreator() throws Exception {
        long id = Blueprints.publish(SANDBOX.confluence(), "tanaka", "DEMO", Blueprints.fields("results",
                "成果と学び: 要望一覧 😀", "sales,development", "collab-1", "要望 10 件を共有した"));

        JsonNode entry = logEntry("kato", "kind=results&space=DEMO", id);
        assertEquals("成果と学び: 要望一覧 😀", entry.get("title").asText());
        assertEquals("営業、開発", entry.get("departments").asText());
        assertEquals("要望 10 件を共有した", entry.get("summary").asText());
        assertEquals("COLLAB-1", entry.get("requestKey").asText());
        assertEquals(SANDBOX.jira().baseUrl() + "/browse/COLLAB-1", entry.get("requestUrl").asText());
        assertEquals("RECORDED", entry.get("linkState").asText());
        assertFalse("kato did not create it", entry.get("mayRetryLink").asBoolean());

        JsonNode request = json(SANDBOX.jira("tanaka").get(REST + "/collaboration/requests/COLLAB-1"));
        JsonNode page = request.get("resultPages").get(0);
        assertEquals(SANDBOX.confluence().baseUrl() + "/pages/viewpage.action?pageId=" + id, page.get("url").asText());
        assertEquals("成果と学び: 要望一覧 😀", page.get("title").asText());
        assertEquals(page.get("url").asText(), request.get("resultLink").asText());

        String view = SANDBOX.confluence("kato").get("/pages/viewpage.action?pageId=" + id).body();
        for (String label : List.of("kakehashi-results", "kakehashi-dept-sales", "kakehashi-dept-development",
                "kakehashi-request-collab-1")) {
            assertTrue(label, view.contains(">" + label + "</a>"));
        }
        assertTrue("pre-filled from the request", view.contains("商談で聞いた機能要望が営業の中で止まっており"));
        assertTrue(view.contains("href=\"" + SANDBOX.jira().baseUrl() + "/browse/COLLAB-1\""));
        String label = SANDBOX.confluence("kato").get("/label/DEMO/kakehashi-request-collab-1").body();
        assertTrue("search by label finds it", label.contains("成果と学び: 要望一覧 😀"));
    }

    @Test
    public void whatTheWizardSendsIsReadAsUntrustedText() throws Exception {
        long id = Blueprints.publish(SANDBOX.confluence(), "tanaka", "DEMO", Blueprints.fields("meeting-notes",
                "会議 <b>太字</b> & \"引用\"", "sales,<script>,nosuch,accounting", "COLLAB-1\"><script>",
                "x".repeat(400)));
        JsonNode entry = logEntry("tanaka", "kind=meeting-notes&space=DEMO", id);
        assertEquals("会議 <b>太字</b> & \"引用\"", entry.get("title").asText());
        assertEquals("営業、経理", entry.get("departments").asText());
        assertEquals("", entry.get("requestKey").asText());
        assertEquals("NONE", entry.get("linkState").asText());
        assertEquals(300, entry.get("summary").asText().length());
        String view = SANDBOX.confluence("tanaka").get("/pages/viewpage.action?pageId=" + id).body();
        assertTrue(view.contains("会議 &lt;b&gt;太字&lt;/b&gt; &amp; &quot;引用&quot;"));
        assertFalse(view.contains("<b>太字</b>"));
        assertFalse(view.contains("kakehashi-request-"));
        assertFalse(view.contains("<script>,"));
    }

    @Test
    public void aLogNeverShowsAPageOfASpaceTheReaderMayNotView() throws Exception {
        long id = Blueprints.publish(SANDBOX.confluence(), "suzuki", "DEV", Blueprints.fields("owwh-plan",
                "開発部だけの計画", "development", "", "目的"));
        assertTrue(logEntry("suzuki", "kind=owwh-plan&space=*", id) != null);
        assertTrue(logEntry("suzuki", "kind=owwh-plan&space=DEV&department=development", id) != null);
        assertEquals(null, logEntry("tanaka", "kind=owwh-plan&space=*", id));
        assertEquals(null, logEntry("tanaka", "kind=owwh-plan&department=development", id));
        assertEquals(0, json(SANDBOX.confluence("tanaka").get(REST + "/knowledge/pages?kind=owwh-plan&space=DEV")).get("items")
                .size());
        HttpResponse<String> hidden = SANDBOX.confluence("tanaka").postJson(REST + "/knowledge/pages/" + id + "/request-link", "{}");
        HttpResponse<String> missing = SANDBOX.confluence("tanaka").postJson(REST + "/knowledge/pages/99999999/request-link", "{}");
        assertEquals(404, hidden.statusCode());
        assertEquals("hidden and missing answer alike", missing.body(), hidden.body());
    }

    private static List<String> historyEvents(String user, String issueKey) throws Exception {
        List<String> events = new ArrayList<>();
        json(SANDBOX.jira(user).get(REST + "/collaboration/requests/" + issueKey + "/history"))
                .forEach(e -> events.add(e.get("event").asText()));
        return events;
    }

    @Test
    public void aPublicThanksToThePartnerOnAResultsPageReachesItsRequestInJira() throws Exception {
        String partner = collab5Partner();
        long id = resultsPageOnCollab5("成果と学び: 感謝の記録", partner);
        String thanks = REST + "/thanks";
        long before = pageThanksOnCollab5();

        assertEquals(201, SANDBOX.confluence("tanaka").postJson(thanks, "{\"recipients\":[\"suzuki\"],"
                + "\"message\":\"ないしょのお礼\",\"value\":\"collaboration\",\"visibility\":\"private\","
                + "\"contextType\":\"confluence-page\",\"contextId\":\"" + id + "\"}").statusCode());
        assertEquals("a private thanks is not passed on", before, pageThanksOnCollab5());

        assertEquals(201, SANDBOX.confluence("tanaka").postJson(thanks, "{\"department\":\"" + partner + "\","
                + "\"message\":\"みなさん、ありがとう\",\"value\":\"collaboration\","
                + "\"contextType\":\"confluence-page\",\"contextId\":\"" + id + "\"}").statusCode());
        assertEquals(before + 1, pageThanksOnCollab5());
    }

    /** COLLAB-5: tanaka is in its roles, so a results page naming it is recorded on it. */
    private static String collab5Partner() throws Exception {
        return json(SANDBOX.jira("tanaka").get(REST + "/collaboration/requests/COLLAB-5")).get("partnerDepartment")
                .asText();
    }

    /** A results page of tanaka's naming COLLAB-5, recorded on it; its id. */
    private static long resultsPageOnCollab5(String title, String partner) throws Exception {
        long id = Blueprints.publish(SANDBOX.confluence(), "tanaka", "DEMO", Blueprints.fields("results", title,
                "sales," + partner, "COLLAB-5", ""));
        assertTrue(resultPageTitles("tanaka", "COLLAB-5").contains(title));
        return id;
    }

    private static long pageThanksOnCollab5() throws Exception {
        return historyEvents("tanaka", "COLLAB-5").stream().filter(e -> e.equals("page-thanks")).count();
    }

    @Test
    public void aDirectCallWithoutARealThanksOnTheResultsPageCountsNothing() throws Exception {
        // a page of its own, so that the count of the test above is not disturbed
        String partner = collab5Partner();
        long id = resultsPageOnCollab5("成果と学び: 呼び出しだけ", partner);
        String call = REST + "/collaboration/requests/COLLAB-5/result-page-thanks";
        long before = pageThanksOnCollab5();

        assertEquals("departments are no longer taken from the caller", 400, SANDBOX.jira("tanaka").postJson(call,
                "{\"pageId\":\"" + id + "\",\"departments\":[\"" + partner + "\"]}").statusCode());
        JsonNode claimed = json(SANDBOX.jira("tanaka").postJson(call, "{\"pageId\":\"" + id + "\"}"));
        assertFalse("no thanks was given on the page", claimed.get("counted").asBoolean());
        assertEquals("confirmed", claimed.get("check").asText());
        // a private thanks to someone of the partner department (sato, sales) is between people: it is not reported
        assertEquals("sales", partner);
        assertEquals(201, SANDBOX.confluence("tanaka").postJson(REST + "/thanks", "{\"recipients\":[\"sato\"],"
                + "\"message\":\"ないしょ\",\"value\":\"collaboration\",\"visibility\":\"private\","
                + "\"contextType\":\"confluence-page\",\"contextId\":\"" + id + "\"}").statusCode());
        assertFalse(json(SANDBOX.jira("tanaka").postJson(call, "{\"pageId\":\"" + id + "\"}")).get("counted")
                .asBoolean());
        // Jira cannot ask Confluence as a user who has not allowed it: nothing counts, and it says why
        SANDBOX.jira().services().applicationLinks().requireAuthorisation("tanaka");
        try {
            JsonNode unasked = json(SANDBOX.jira("tanaka").postJson(call, "{\"pageId\":\"" + id + "\"}"));
            assertFalse(unasked.get("counted").asBoolean());
            assertEquals("needs-authorisation", unasked.get("check").asText());
        } finally {
            SANDBOX.jira().services().applicationLinks().authorise("tanaka");
        }
        assertEquals(before, pageThanksOnCollab5());
        assertEquals("what Confluence tells Jira", "[]", json(SANDBOX.confluence("tanaka").get(REST + "/knowledge/pages/"
                + id + "/my-thanks")).get("departments").toString());
        assertEquals(404, SANDBOX.confluence("tanaka").get(REST + "/knowledge/pages/99999999/my-thanks").statusCode());
    }

    @Test
    public void aPageNotYetRecordedIsRecordedWhenItsCreatorTriesAgainAfterAllowingTheLink() throws Exception {
        SANDBOX.confluence().services().applicationLinks().requireAuthorisation("sato");
        long id = Blueprints.publish(SANDBOX.confluence(), "sato", "DEMO", Blueprints.fields("results",
                "成果と学び: 値引き承認", "sales,accounting", "COLLAB-8", "承認が 1 日に"));
        JsonNode entry = logEntry("sato", "kind=results&space=DEMO", id);
        assertEquals("NEEDS_AUTHORISATION", entry.get("linkState").asText());
        assertTrue(entry.get("linkProblem").asText(), entry.get("linkProblem").asText().contains("許可"));
        assertTrue(entry.get("mayRetryLink").asBoolean());
        assertFalse(resultPageTitles("sato", "COLLAB-8").contains("成果と学び: 値引き承認"));

        HttpResponse<String> stillNot = SANDBOX.confluence("sato").postJson(REST + "/knowledge/pages/" + id + "/request-link", "{}");
        assertEquals("NEEDS_AUTHORISATION", json(stillNot).get("linkState").asText());
        assertEquals(403, SANDBOX.confluence("guest").postJson(REST + "/knowledge/pages/" + id + "/request-link", "{}")
                .statusCode());
        assertEquals(415, SANDBOX.confluence("sato").post(REST + "/knowledge/pages/" + id + "/request-link",
                "application/x-www-form-urlencoded", "x=1", "X-Atlassian-Token", "no-check").statusCode());

        SANDBOX.confluence().services().applicationLinks().authorise("sato");
        JsonNode done = json(SANDBOX.confluence("sato").postJson(REST + "/knowledge/pages/" + id + "/request-link", "{}"));
        assertEquals("RECORDED", done.get("linkState").asText());
        assertEquals("", done.get("linkProblem").asText());
        assertTrue(resultPageTitles("sato", "COLLAB-8").contains("成果と学び: 値引き承認"));
        assertEquals(400, SANDBOX.confluence("sato").postJson(REST + "/knowledge/pages/" + id + "/request-link", "{}")
                .statusCode());
    }

    @Test
    public void aResultsPageOnARequestItsCreatorMayNotSeeSaysWhyInTermsThatRevealNothing() throws Exception {
        long id = Blueprints.publish(SANDBOX.confluence(), "tanaka", "DEMO", Blueprints.fields("results",
                "成果と学び: 経理の依頼", "accounting,it", "COLLAB-9", ""));
        JsonNode mine = logEntry("tanaka", "kind=results&space=DEMO", id);
        assertEquals("tanaka may not see COLLAB-9", "NOT_FOUND", mine.get("linkState").asText());
        assertTrue(mine.get("linkProblem").asText(), mine.get("linkProblem").asText().contains("閲覧できるものは Jira にありません"));
        JsonNode theirs = logEntry("suzuki", "kind=results&space=DEMO", id);
        assertEquals("another reader is not told that the request exists", "依頼には記録されませんでした。作成者が依頼に記録できませんでした。",
                theirs.get("linkProblem").asText());
        assertFalse(resultPageTitles("kato", "COLLAB-9").contains("成果と学び: 経理の依頼"));
    }

    @Test
    public void badLogQueriesAreRefusedInTheCallersLanguageAndJiraHasNoPages() throws Exception {
        HttpResponse<String> bad = SANDBOX.confluence("tanaka").inLanguage("en").get(REST + "/knowledge/pages?kind=blog"
                + "&department=nosuch");
        assertEquals(400, bad.statusCode());
        JsonNode errors = JSON.readTree(bad.body()).get("errors");
        assertEquals(2, errors.size());
        assertEquals("kind", errors.get(0).get("field").asText());
        assertEquals("There is no department with this key.", errors.get(1).get("message").asText());
        assertEquals(0, json(SANDBOX.jira("tanaka").get(REST + "/knowledge/pages?kind=results")).get("items").size());
        assertEquals(404, SANDBOX.jira("tanaka").postJson(REST + "/knowledge/pages/65604/request-link", "{}").statusCode());
        JsonNode departments = json(SANDBOX.confluence("guest").inLanguage("en").get(REST + "/departments"));
        assertEquals(Map.of("key", "sales", "nameEn", "Sales", "nameJa", "営業", "name", "Sales"),
                JSON.convertValue(departments.get(0), Map.class));
        assertEquals(401, new Http(SANDBOX.confluence().baseUrl()).get(REST + "/departments").statusCode());
    }
}
