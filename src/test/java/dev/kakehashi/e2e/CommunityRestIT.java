package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Communities over real HTTP in both sandboxes: the demo community, a pilot nobody outside sees, leaders from two
 * departments, joining with the rules' version, recognition by the sponsor and both department heads (営業's other
 * contact sato, 開発's contact suzuki), the board, JSON-only changes and length limits.
 */
public class CommunityRestIT {
    private static final String BASE = "/rest/kakehashi/1.0/communities";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        return Http.json(response);
    }

    private static String pilot(String key) {
        return """
                {"key":"%s","nameEn":"English club","nameJa":"英会話部","purpose":"話す機会を増やす",
                 "rules":"相手を尊重する","logo":"🗣","themes":["英会話","ランチ会"],"sponsor":"yoshida",
                 "leaders":["takahashi"]}""".formatted(key);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(field == null ? n.asText() : n.get(field).asText()));
        return texts;
    }

    /** The community page blueprint's wizard fields: the community's key and a title (empty: the community's name). */
    private static java.util.Map<String, String> communityPage(String key, String title) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("kakehashiKind", "community-page");
        fields.put("title", title);
        fields.put("kakehashiCommunity", key);
        return fields;
    }

    /**
     * The community page blueprint: an open community's page carries its purpose, themes and live macro, named after
     * it; a pilot's page carries the macro alone (its purpose stays with the pilot's people), which readers outside
     * the pilot see as no community; a key of no community gives no macro content.
     */
    @Test
    public void aCommunityPageFromTheBlueprintShowsAnOpenCommunityAndCopiesNothingOfAPilot() throws Exception {
        long open = dev.kakehashi.testing.Blueprints.publish(SANDBOX.confluence(), "ito", "DEMO",
                communityPage("reading-circle", ""));
        Http kato = SANDBOX.confluence("kato");
        String page = kato.get("/pages/viewpage.action?pageId=" + open).body();
        JsonNode circle = ok(kato.get(BASE + "/reading-circle"));
        assertTrue(page, page.contains(circle.get("purpose").asText()));
        assertTrue("the macro renders the community", page.contains("kakehashi-community"));
        assertTrue("named after the community, in ito's language",
                page.contains("<h1 id=\"title-text\">" + circle.get("nameJa").asText() + "</h1>"));

        ok(SANDBOX.confluence("tanaka").postJson(BASE, pilot("blueprint-pilot")));
        long closed = dev.kakehashi.testing.Blueprints.publish(SANDBOX.confluence(), "tanaka", "DEMO",
                communityPage("blueprint-pilot", "英会話部のページ"));
        String outside = kato.get("/pages/viewpage.action?pageId=" + closed).body();
        assertFalse("a pilot's purpose is not copied into the page", outside.contains("話す機会を増やす"));
        assertFalse(outside.contains("英会話・ランチ会"));
        String inside = SANDBOX.confluence("takahashi").get("/pages/viewpage.action?pageId=" + closed).body();
        assertTrue("its leader sees the pilot through the macro", inside.contains("話す機会を増やす"));

        long unknown = dev.kakehashi.testing.Blueprints.publish(SANDBOX.confluence(), "ito", "DEMO",
                communityPage("\"><script>alert(1)</script>", "どこにもないコミュニティ"));
        String none = kato.get("/pages/viewpage.action?pageId=" + unknown).body();
        assertFalse(none.contains("<script>alert(1)"));
    }

    @Test
    public void theDemoCommunityIsOpenInBothProducts() {
        for (Product product : Product.values()) {
            JsonNode list = ok(SANDBOX.as(product, "kato").get(BASE));
            assertTrue(product + "", texts(list, "key").contains("reading-circle"));
            JsonNode c = ok(SANDBOX.as(product, "kato").get(BASE + "/reading-circle"));
            assertEquals("OPEN", c.get("state").asText());
            assertEquals(4, c.get("memberCount").asInt());
            assertFalse(c.get("member").asBoolean());
        }
    }

    @Test
    public void aPilotIsStartedSeenOnlyByItsPeopleAndRecognisedBySponsorAndBothHeads() {
        Http tanaka = SANDBOX.jira("tanaka");
        String path = BASE + "/english";
        JsonNode created = ok(tanaka.postJson(BASE, pilot("english")));
        assertEquals("PILOT", created.get("state").asText());
        assertTrue(created.get("leader").asBoolean());
        assertEquals(2, created.get("memberCount").asInt());

        assertEquals(404, SANDBOX.jira("ito").get(path).statusCode());
        assertFalse(texts(ok(SANDBOX.jira("ito").get(BASE)), "key").contains("english"));
        assertEquals(404, SANDBOX.jira("ito").postJson(path + "/join", "{\"rulesVersion\":1}").statusCode());
        assertEquals(409, tanaka.postJson(BASE, pilot("english")).statusCode());

        ok(SANDBOX.jira("takahashi").postJson(path + "/recognition", "{}"));
        assertEquals(403, tanaka.postJson(path + "/recognition/approval", "{}").statusCode());
        assertEquals(403, SANDBOX.jira("takahashi").postJson(path + "/recognition/approval", "{}").statusCode());
        JsonNode bySponsor = ok(SANDBOX.jira("yoshida").postJson(path + "/recognition/approval", "{}"));
        assertEquals(List.of("SPONSOR"), texts(bySponsor.get("approved"), null));
        ok(SANDBOX.jira("sato").postJson(path + "/recognition/approval", "{}"));
        JsonNode recognised = ok(SANDBOX.jira("suzuki").postJson(path + "/recognition/approval", "{}"));
        assertEquals("RECOGNISED", recognised.get("recognition").asText());
        assertEquals(List.of("SPONSOR", "DEPARTMENT:sales", "DEPARTMENT:development"),
                texts(recognised.get("parts"), null));

        ok(tanaka.postJson(path + "/open", "{}"));
        assertEquals(400, SANDBOX.jira("ito").postJson(path + "/join", "{\"rulesVersion\":0}").statusCode());
        JsonNode joined = ok(SANDBOX.jira("ito").postJson(path + "/join", "{\"rulesVersion\":1}"));
        assertTrue(joined.get("acknowledged").asBoolean());
        assertEquals(3, joined.get("memberCount").asInt());
        ok(SANDBOX.jira("ito").postJson(path + "/board",
                "{\"kind\":\"ANSWER\",\"url\":\"/browse/DEMO-1\",\"title\":\"よくある質問\"}"));
        assertEquals(400, SANDBOX.jira("ito").postJson(path + "/board",
                "{\"kind\":\"ANSWER\",\"url\":\"https://evil.example/\",\"title\":\"x\"}").statusCode());
        assertEquals(List.of("よくある質問"), texts(ok(SANDBOX.jira("kato").get(path + "/board")), "title"));
        assertEquals(204, SANDBOX.jira("kato").get(path + "/report").statusCode());
    }

    @Test
    public void leadersFromOneDepartmentAreRefusedWithTheirField() {
        String body = pilot("sales-only").replace("\"takahashi\"", "\"sato\"");

        HttpResponse<String> response = SANDBOX.confluence("tanaka").postJson(BASE, body);

        assertEquals(response.body(), 400, response.statusCode());
        assertTrue(response.body(), response.body().contains("leaders"));
    }

    @Test
    public void changesTakeJsonOnlyAndLimitLengths() {
        Http tanaka = SANDBOX.confluence("tanaka");
        // the host's XSRF check refuses a form post first; with the header that skips it, ours refuses it
        assertEquals(403, tanaka.post(BASE, "application/x-www-form-urlencoded", "key=x").statusCode());
        assertEquals(415, tanaka.post(BASE, "application/x-www-form-urlencoded", "key=x", "X-Atlassian-Token",
                "no-check").statusCode());
        assertEquals(401, new Http(SANDBOX.confluence().baseUrl()).get(BASE).statusCode());
        String tooLong = pilot("long").replace("英会話部", "部".repeat(101));
        assertEquals(400, tanaka.postJson(BASE, tooLong).statusCode());
    }

    @Test
    public void theSponsorInvitesAFirstPinWhoIsNamedOnlyAfterAccepting() {
        String path = BASE + "/pins-pilot";
        ok(SANDBOX.confluence("tanaka").postJson(BASE, pilot("pins-pilot")));
        Http sponsor = SANDBOX.confluence("yoshida");
        assertEquals(403, SANDBOX.confluence("tanaka").get(path + "/pins/candidates").statusCode());
        JsonNode candidates = ok(sponsor.get(path + "/pins/candidates"));
        candidates.forEach(d -> assertTrue(d.toString(), d.get("people").size() <= 2));

        ok(sponsor.postJson(path + "/pins", "{\"username\":\"kato\"}"));
        JsonNode invited = ok(SANDBOX.confluence("kato").get(path));
        assertEquals("INVITED", invited.get("myPin").asText());
        assertEquals(0, invited.get("firstPins").size());
        JsonNode accepted = ok(SANDBOX.confluence("kato").postJson(path + "/pins/answer", "{\"accept\":true}"));
        assertEquals(List.of("加藤 葵"), texts(accepted.get("firstPins"), null));
        assertEquals(409, SANDBOX.confluence("kato").postJson(path + "/pins/answer", "{\"accept\":false}")
                .statusCode());
    }

    private static String communityLunch(String communityKey, java.time.LocalDate day) {
        return """
                {"title":"読書会ランチ","format":"lunch","mode":"offline","place":"本社 5F カフェ","link":"",
                 "start":"%sT12:00","end":"%sT13:00","capacity":0,"gain":"本の話をほかの部署の人とする",
                 "privateEvent":true,"communityKey":"%s","organisers":["suzuki"],"audienceDepartments":[]}"""
                .formatted(day, day, communityKey);
    }

    @Test
    public void theDailyJobWritesLastMonthsReportOfTheDemoCommunityCountingItsEvent() {
        Http ito = SANDBOX.confluence("ito");
        java.time.LocalDate lastMonth = java.time.LocalDate.now().withDayOfMonth(1).minusMonths(1).plusDays(14);
        HttpResponse<String> typo = ito.postJson("/rest/kakehashi/1.0/events", communityLunch("reading-circel",
                lastMonth));
        assertEquals(typo.body(), 400, typo.statusCode());
        assertTrue(typo.body(), typo.body().contains("communityKey"));
        JsonNode event = ok(ito.postJson("/rest/kakehashi/1.0/events", communityLunch("reading-circle", lastMonth)));
        String path = "/rest/kakehashi/1.0/events/" + event.get("id").asText();
        ok(ito.putJson(path + "/attendance", "{\"username\":\"tanaka\",\"attended\":true}"));
        ok(ito.putJson(path + "/attendance", "{\"username\":\"watanabe\",\"attended\":true}"));

        Http admin = SANDBOX.confluence("admin");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"")
                .matcher(admin.get("/sandbox/jobs").body());
        assertTrue(token.find());
        HttpResponse<String> ran = admin.post("/sandbox/jobs", "application/x-www-form-urlencoded",
                "job=dev.kakehashi.kakehashi.community.monthly&atl_token=" + token.group(1));
        assertEquals(ran.body(), 200, ran.statusCode());
        assertTrue(ran.body(), ran.body().contains("community monthly reports written"));

        HttpResponse<String> read = SANDBOX.confluence("kato").get(BASE + "/reading-circle/report");
        JsonNode report = ok(read);
        assertEquals(java.time.YearMonth.now().minusMonths(1).toString(), report.get("month").asText());
        // the recorded online session and ito's offline lunch of the community
        assertEquals(1, report.get("sessionsOnline").asInt());
        assertEquals(1, report.get("sessionsOffline").asInt());
        assertEquals("by kind", 1, report.get("sessionsByKind").get("lunch").asInt());
        assertEquals(1, report.get("sessionsByKind").get("recorded").asInt());
        assertEquals(2, report.get("sessionsByKind").size());
        // four at the session, tanaka and watanabe checked in at the lunch (watanabe came to both)
        assertEquals(6, report.get("attendances").asInt());
        assertEquals(5, report.get("uniquePeople").asInt());
        // two from マーケティング, two from カスタマーサポート and one from 営業: below k (5), so no department is named
        assertEquals(0, report.get("departments").size());
        assertFalse("the private event's title is nowhere in the report", read.body().contains("読書会ランチ"));
    }
}
