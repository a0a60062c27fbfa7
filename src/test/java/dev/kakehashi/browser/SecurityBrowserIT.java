package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.sandbox.SandboxHost;
import dev.kakehashi.testing.Blueprints;
import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import dev.kakehashi.testing.XssPayloads;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;

/**
 * Every text a user controls — thanks messages, department and value names and descriptions, value icons, the texts
 * of collaboration requests — filled with script-injection payloads and shown in every view in a real browser:
 * nothing runs, the text shows as text.
 */
public class SecurityBrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    @BeforeClass
    public static void startSandboxAndPlantPayloads() throws Exception {
        plant(SANDBOX.jira(), "contextType\":\"jira-issue\",\"contextId\":\"10000");
        plant(SANDBOX.confluence(), "contextType\":\"confluence-page\",\"contextId\":\"65538");
    }

    /** Hostile departments and values (admin), then one thanks per payload on the issue or page (tanaka). */
    private static void plant(SandboxHost host, String context) throws Exception {
        Http admin = new Http(host.baseUrl()).as("admin", "admin");
        assertEquals(200, admin.putJson("/rest/kakehashi/1.0/admin/thanks-policy", "{\"dailyLimit\":100}").statusCode());
        List<String> payloads = XssPayloads.ALL;
        for (int i = 0; i < 3; i++) {
            String body = JSON.writeValueAsString(Map.of("key", "xss-" + i, "nameEn", payloads.get(i) + " en",
                    "nameJa", payloads.get(i + 3) + " ja", "groups", List.of("sales")));
            assertEquals(201, admin.postJson("/rest/kakehashi/1.0/admin/departments", body).statusCode());
        }
        for (int i = 0; i < 2; i++) {
            String body = JSON.writeValueAsString(Map.of("key", "xss-value-" + i, "nameEn", payloads.get(6 + i) + " en",
                    "nameJa", payloads.get(8 + i) + " ja", "descriptionEn", payloads.get(10 + i),
                    "descriptionJa", payloads.get(12 + i), "icon", "<b>"));
            assertEquals(201, admin.postJson("/rest/kakehashi/1.0/admin/values", body).statusCode());
        }
        Http tanaka = new Http(host.baseUrl()).as("tanaka", "tanaka");
        for (int i = 0; i < payloads.size(); i++) {
            String message = JSON.writeValueAsString(payloads.get(i));
            String body = "{\"recipients\":[\"suzuki\"],\"message\":" + message + ",\"value\":\"xss-value-" + (i % 2)
                    + "\",\"" + context + "\"}";
            assertEquals(201, tanaka.postJson("/rest/kakehashi/1.0/thanks", body).statusCode());
        }
        assertEquals(201, tanaka.postJson("/rest/kakehashi/1.0/thanks", "{\"department\":\"xss-1\",\"message\":"
                + JSON.writeValueAsString(payloads.get(15)) + ",\"value\":\"xss-value-0\"}").statusCode());
    }

    /** Waits for every thanks list on the page to load all its pages, then checks that no payload ran. */
    private void assertNothingRan(String view) {
        browser.waitUntil(d -> d.findElements(By.cssSelector(".kakehashi-thanks-list[aria-busy=true]")).isEmpty());
        for (int i = 0; i < 5; i++) {
            List<org.openqa.selenium.WebElement> more = browser.driver().findElements(
                    By.cssSelector(".kakehashi-thanks-more:not([hidden])"));
            if (more.isEmpty()) {
                break;
            }
            more.get(0).click();
            browser.waitUntil(d -> d.findElements(By.cssSelector(".kakehashi-thanks-list[aria-busy=true]")).isEmpty());
        }
        browser.script("document.querySelectorAll('input, textarea, select, button, a, details')"
                + ".forEach(function (e) { e.focus(); e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); });");
        assertNull(view + " ran a payload", browser.script("return window.kakehashiXss === undefined ? null : String(window.kakehashiXss);"));
        assertTrue(view + " shows no injected element", browser.driver().findElements(
                By.cssSelector("#kakehashi-xss-link, iframe, svg[onload], img[onerror], details[ontoggle], input[onfocus]"))
                .isEmpty());
    }

    private String pageText() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    @Test
    public void jiraViewsShowPayloadsAsText() {
        browser.login(SANDBOX.jira().baseUrl(), "/browse/DEMO-1", "tanaka", "tanaka");
        for (String lang : List.of("ja", "en")) {
            browser.language(SANDBOX.jira().baseUrl(), lang);
            assertNothingRan("Jira issue panel (" + lang + ")");
            assertTrue(pageText().contains(XssPayloads.ALL.get(0)));
            browser.open(SANDBOX.jira().baseUrl() + "/plugins/servlet/kakehashi/thanks?department=xss-1");
            assertNothingRan("Jira thanks wall (" + lang + ")");
            browser.open(SANDBOX.jira().baseUrl() + "/plugins/servlet/kakehashi/thanks?person=suzuki");
            assertNothingRan("Jira thanks wall for a person (" + lang + ")");
            assertTrue(pageText().contains(XssPayloads.ALL.get(11)));
            browser.open(SANDBOX.jira().baseUrl() + "/browse/DEMO-1");
        }
        browser.logout();
        browser.openAs(SANDBOX.jira().baseUrl(), "/plugins/servlet/kakehashi/admin", "admin", "admin");
        assertNothingRan("Jira admin page");
        assertTrue(pageText().contains(XssPayloads.ALL.get(0) + " en"));
    }

    /** A request between a hostile department and 開発 whose every text is a payload, moved to step 4. */
    private static String plantRequest(int first) throws Exception {
        List<String> p = XssPayloads.ALL;
        Http tanaka = new Http(SANDBOX.jira().baseUrl()).as("tanaka", "tanaka");
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("projectKey", "COLLAB");
        fields.put("summary", p.get(first));
        fields.put("kind", "small-poc");
        fields.put("requestingDepartment", "xss-0");
        fields.put("partnerDepartment", "development");
        fields.put("purpose", p.get(first + 1));
        fields.put("scope", p.get(first + 2));
        fields.put("helpKind", p.get(first + 3));
        fields.put("partnerBenefit", p.get(first + 4));
        fields.put("partnerContact", "suzuki");
        fields.put("decisionOwner", "sato");
        fields.put("dueDate", java.time.LocalDate.now().plusDays(60).toString());
        var created = tanaka.postJson("/rest/kakehashi/1.0/collaboration/requests", JSON.writeValueAsString(fields));
        assertEquals(created.body(), 201, created.statusCode());
        String key = JSON.readTree(created.body()).get("issueKey").asText();
        String path = "/rest/kakehashi/1.0/collaboration/requests/" + key;
        int version = 0;
        for (String step : List.of("first-contact", "agreed", "working")) {
            var moved = tanaka.postJson(path + "/step", "{\"step\":\"" + step + "\",\"version\":" + version++ + "}");
            assertEquals(moved.body(), 200, moved.statusCode());
        }
        String result = JSON.writeValueAsString(Map.of("resultLink",
                "https://example.com/a'onmouseover='window.kakehashiXss=17'(x)", "resultNote", p.get(first + 5),
                "version", version));
        var shared = tanaka.postJson(path + "/result", result);
        assertEquals(shared.body(), 200, shared.statusCode());
        return key;
    }

    @Test
    public void collaborationRequestViewsShowPayloadsAsText() throws Exception {
        String earlier = plantRequest(0);
        String current = plantRequest(6);
        String base = SANDBOX.jira().baseUrl();
        browser.login(base, "/browse/" + current, "tanaka", "tanaka");
        for (String lang : List.of("ja", "en")) {
            browser.language(base, lang);
            browser.waitFor(By.cssSelector(".kakehashi-request-partnership[data-loaded=true]"));
            assertNothingRan("request panel (" + lang + ")");
            assertTrue("the earlier request's summary is listed as text", pageText().contains(XssPayloads.ALL.get(0)));
            assertTrue(pageText().contains(XssPayloads.ALL.get(7)));
            browser.open(base + "/browse/" + earlier);
            browser.waitFor(By.cssSelector(".kakehashi-request-partnership[data-loaded=true]"));
            assertNothingRan("earlier request panel (" + lang + ")");
            browser.open(base + "/plugins/servlet/kakehashi/collaboration/new");
            assertNothingRan("new request page (" + lang + ")");
            browser.open(base + "/issues/?jql=" + java.net.URLEncoder.encode(
                    "issue in collaborationRequests(\"from=xss-0\")", java.nio.charset.StandardCharsets.UTF_8));
            assertNothingRan("issue search (" + lang + ")");
            browser.open(base + "/browse/" + current);
        }
        browser.logout();
        browser.openAs(base, "/plugins/servlet/kakehashi/admin", "admin", "admin");
        assertNothingRan("Jira admin page with the request types");
    }

    /** A goal in DEMO whose every text is a payload, with a payload comment in its history. */
    private static long plantGoal(int first, String measure) throws Exception {
        List<String> p = XssPayloads.ALL;
        Http tanaka = new Http(SANDBOX.confluence().baseUrl()).as("tanaka", "tanaka");
        Map<String, Object> goal = new java.util.LinkedHashMap<>();
        goal.put("spaceKey", "DEMO");
        goal.put("title", p.get(first));
        goal.put("description", p.get(first + 1));
        goal.put("participants", List.of(
                Map.of("department", "xss-0", "contact", "sato", "contribution", p.get(first + 2)),
                Map.of("department", "support", "contact", "yamamoto", "contribution", p.get(first + 3))));
        goal.put("measure", measure);
        goal.put("startValue", 0);
        goal.put("targetValue", 10);
        goal.put("unit", "<b>u</b>");
        goal.put("milestones", List.of(p.get(first + 4), p.get(first + 5)));
        goal.put("dueDate", "2027-03-31");
        goal.put("labels", List.of("<svg/onload=window.kakehashiXss=3>"));
        var created = tanaka.postJson("/rest/kakehashi/1.0/goals", JSON.writeValueAsString(goal));
        assertEquals(created.body(), 201, created.statusCode());
        long id = JSON.readTree(created.body()).get("id").asLong();
        var updated = tanaka.postJson("/rest/kakehashi/1.0/goals/" + id + "/updates", JSON.writeValueAsString(Map.of(
                "value", 5, "milestonesDone", List.of(0), "status", "at-risk", "comment", p.get(first + 6),
                "version", 0)));
        assertEquals(updated.body(), 200, updated.statusCode());
        return id;
    }

    @Test
    public void sharedGoalViewsShowPayloadsAsText() throws Exception {
        long number = plantGoal(0, "number");
        long checklist = plantGoal(7, "checklist");
        String base = SANDBOX.confluence().baseUrl();
        browser.login(base, "/pages/createpage.action?spaceKey=DEMO", "tanaka", "tanaka");
        browser.waitFor(By.id("content-title")).sendKeys("XSS goals");
        browser.script("document.getElementById('wysiwygTextarea').value = arguments[0];",
                "<ac:structured-macro ac:name=\"shared-goals\"><ac:parameter ac:name=\"size\">50</ac:parameter>"
                        + "</ac:structured-macro>"
                        + "<ac:structured-macro ac:name=\"shared-goals\"><ac:parameter ac:name=\"view\">timeline"
                        + "</ac:parameter></ac:structured-macro>"
                        + "<ac:structured-macro ac:name=\"shared-goal\"><ac:parameter ac:name=\"goal\">" + number
                        + "</ac:parameter></ac:structured-macro>"
                        + "<ac:structured-macro ac:name=\"shared-goal\"><ac:parameter ac:name=\"goal\">" + checklist
                        + "</ac:parameter></ac:structured-macro>");
        browser.driver().findElement(By.id("rte-button-publish")).click();
        browser.waitFor(By.cssSelector(".kakehashi-goal[data-ready=true] .kakehashi-goal-card"));
        for (String lang : List.of("ja", "en")) {
            browser.language(base, lang);
            browser.waitFor(By.cssSelector(".kakehashi-goals[data-ready=true]"));
            browser.script("document.querySelectorAll('.kakehashi-goal-update-toggle, .kakehashi-goal-edit-toggle')"
                    + ".forEach(function (b) { b.click(); });");
            browser.waitUntil(d -> !d.findElements(By.cssSelector(".kakehashi-goal-edit-form[data-filled=true]"))
                    .isEmpty());
            assertNothingRan("shared-goal cards and shared-goals lists (" + lang + ")");
            assertTrue(pageText().contains(XssPayloads.ALL.get(0)));
            assertTrue(pageText().contains(XssPayloads.ALL.get(13)));
        }
        browser.driver().findElement(By.id("editPageLink")).click();
        browser.waitFor(By.id("rte-button-insert-macro")).click();
        browser.waitFor(By.cssSelector("#macro-browser-dialog:not([hidden]) [data-macro-name='shared-goal']")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector("#macro-param-goal option")).size() > 2);
        assertNothingRan("the goal picker in the macro browser");
    }

    /** A profile of the hostile department xss-0 whose every text is a payload, written by an administrator. */
    private static void plantProfile(SandboxHost host) throws Exception {
        List<String> p = XssPayloads.ALL;
        Map<String, Object> profile = Map.of("doesJa", p.get(1), "doesEn", p.get(2), "helpJa", p.get(3),
                "helpEn", p.get(4), "requestKind", "small-poc", "contacts", List.of("sato"),
                "challenges", List.of(Map.of("text", p.get(5), "since", "2026-01-01", "reviewBy", "2026-01-31"),
                        Map.of("text", p.get(6), "since", "2026-01-01", "reviewBy", "2099-01-31")),
                "version", 0);
        var saved = new Http(host.baseUrl()).as("admin", "admin").putJson(
                "/rest/kakehashi/1.0/departments/xss-0/profile", JSON.writeValueAsString(profile));
        assertEquals(saved.body(), 200, saved.statusCode());
    }

    @Test
    public void departmentProfileViewsShowPayloadsAsText() throws Exception {
        plantProfile(SANDBOX.jira());
        plantProfile(SANDBOX.confluence());
        String jira = SANDBOX.jira().baseUrl();
        browser.openAs(jira, "/plugins/servlet/kakehashi/departments", "admin", "admin");
        assertNothingRan("Jira department list");
        for (String lang : List.of("ja", "en")) {
            browser.open(jira + "/plugins/servlet/kakehashi/departments/xss-0");
            browser.language(jira, lang);
            browser.waitFor(By.cssSelector(".kakehashi-profile[data-ready=true] .kakehashi-profile-edit")).click();
            assertNothingRan("Jira department profile and its form (" + lang + ")");
            assertTrue(pageText().contains(XssPayloads.ALL.get(5)));
        }
        browser.logout();
        String confluence = SANDBOX.confluence().baseUrl();
        browser.openAs(confluence, "/pages/createpage.action?spaceKey=DEMO", "admin", "admin");
        browser.waitFor(By.id("content-title")).sendKeys("XSS profile");
        browser.script("document.getElementById('wysiwygTextarea').value = arguments[0];",
                "<ac:structured-macro ac:name=\"department-profile\"><ac:parameter ac:name=\"department\">xss-0"
                        + "</ac:parameter></ac:structured-macro>");
        browser.driver().findElement(By.id("rte-button-publish")).click();
        browser.waitFor(By.cssSelector(".kakehashi-profile[data-ready=true] .kakehashi-profile-edit")).click();
        assertNothingRan("Confluence department-profile macro and its form");
        assertTrue(pageText().contains(XssPayloads.ALL.get(6)));
    }

    /** A community led by admin and tanaka with payloads in every text, a hostile board item and a session. */
    private static void plantCommunity(SandboxHost host) throws Exception {
        List<String> p = XssPayloads.ALL;
        List<String> shortOnes = p.stream().filter(x -> x.length() <= 50).toList();
        Map<String, Object> community = Map.of("key", "xss-community", "nameJa", shortOnes.get(0),
                "nameEn", shortOnes.get(1), "purpose", String.join(" ", p.subList(0, 4)),
                "rules", String.join(" ", p.subList(4, 8)), "themes", shortOnes.subList(2, 5), "sponsor", "yamada",
                "leaders", List.of("tanaka"));
        Http admin = new Http(host.baseUrl()).as("admin", "admin");
        var created = admin.postJson("/rest/kakehashi/1.0/communities", JSON.writeValueAsString(community));
        assertEquals(created.body(), 200, created.statusCode());
        var item = admin.postJson("/rest/kakehashi/1.0/communities/xss-community/board", JSON.writeValueAsString(
                Map.of("kind", "ANSWER", "url", "/x?<script>window.kakehashiXss=1</script>", "title", p.get(9))));
        assertEquals(item.body(), 200, item.statusCode());
        assertEquals(200, admin.postJson("/rest/kakehashi/1.0/communities/xss-community/members",
                "{\"username\":\"kato\"}").statusCode());
    }

    @Test
    public void communityViewsShowPayloadsAsText() throws Exception {
        plantCommunity(SANDBOX.jira());
        plantCommunity(SANDBOX.confluence());
        String jira = SANDBOX.jira().baseUrl();
        browser.openAs(jira, "/plugins/servlet/kakehashi/communities", "admin", "admin");
        assertNothingRan("Jira community list");
        for (String lang : List.of("ja", "en")) {
            browser.open(jira + "/plugins/servlet/kakehashi/communities/xss-community");
            browser.language(jira, lang);
            browser.waitFor(By.cssSelector(".kakehashi-community[data-ready=true] .kakehashi-community-ladder"));
            assertNothingRan("Jira community page with its leaders' tools (" + lang + ")");
            assertTrue(pageText().contains(XssPayloads.ALL.get(9)));
        }
        browser.logout();
        String confluence = SANDBOX.confluence().baseUrl();
        browser.openAs(confluence, "/pages/createpage.action?spaceKey=DEMO", "admin", "admin");
        browser.waitFor(By.id("content-title")).sendKeys("XSS community");
        browser.script("document.getElementById('wysiwygTextarea').value = arguments[0];",
                "<ac:structured-macro ac:name=\"community\"><ac:parameter ac:name=\"community\">xss-community"
                        + "</ac:parameter></ac:structured-macro>");
        browser.driver().findElement(By.id("rte-button-publish")).click();
        browser.waitFor(By.cssSelector(".kakehashi-community[data-ready=true] .kakehashi-community-board"));
        assertNothingRan("Confluence community macro");
        assertTrue(pageText().contains(XssPayloads.ALL.get(9)));
    }

    @Test
    public void theDepartmentMapShowsHostileDepartmentNamesAsText() throws Exception {
        String jira = SANDBOX.jira().baseUrl();
        assertEquals(200, new Http(jira).as("admin", "admin").postJson(
                "/rest/kakehashi/1.0/insights/department-map/refresh", "{}").statusCode());
        browser.openAs(jira, "/plugins/servlet/kakehashi/department-map", "admin", "admin");
        for (String lang : List.of("ja", "en")) {
            browser.language(jira, lang);
            browser.waitUntil(d -> !d.findElements(By.cssSelector(".kakehashi-map[data-loaded=true] svg")).isEmpty());
            browser.script("document.querySelector('.kakehashi-map input[name=compare]').click();");
            browser.waitUntil(d -> !d.findElements(By.cssSelector(".kakehashi-map[data-loaded=true] svg")).isEmpty());
            assertNothingRan("Jira department map (" + lang + ")");
            assertTrue(pageText().contains(XssPayloads.ALL.get(lang.equals("ja") ? 3 : 0)));
            assertTrue("the network labels are text too", (Boolean) browser.script("var want = arguments[0];"
                    + "return Array.prototype.some.call(document.querySelectorAll('.kakehashi-map-network text'),"
                    + " function (t) { return t.textContent === want; });",
                    XssPayloads.ALL.get(lang.equals("ja") ? 3 : 0) + (lang.equals("ja") ? " ja" : " en")));
        }
    }

    @Test
    public void confluenceViewsShowPayloadsAsText() {
        browser.login(SANDBOX.confluence().baseUrl(), "/pages/viewpage.action?pageId=65538", "tanaka", "tanaka");
        assertNothingRan("Confluence page panel");
        assertTrue(pageText().contains(XssPayloads.ALL.get(14)));
        browser.open(SANDBOX.confluence().baseUrl() + "/pages/viewpage.action?pageId=65541");
        assertNothingRan("Confluence thanks-wall macro");
        browser.open(SANDBOX.confluence().baseUrl() + "/plugins/servlet/kakehashi/thanks?value=xss-value-1");
        assertNothingRan("Confluence thanks wall");
        browser.logout();
        browser.openAs(SANDBOX.confluence().baseUrl(), "/plugins/servlet/kakehashi/admin", "admin", "admin");
        assertNothingRan("Confluence admin page");
    }

    @Test
    public void knowledgePagesTheirLogsWizardsAndTheirRequestShowPayloadsAsText() throws Exception {
        List<String> p = XssPayloads.ALL;
        long results = Blueprints.publish(SANDBOX.confluence(), "tanaka", "DEMO", Blueprints.fields("results",
                p.get(0) + " 成果", "xss-0,xss-1,sales", "COLLAB-1", p.get(1)));
        long plan = Blueprints.publish(SANDBOX.confluence(), "tanaka", "DEMO", Blueprints.fields("owwh-plan",
                p.get(2) + " 計画", "xss-2", "COLLAB-1" + p.get(3), p.get(4)));
        long meeting = Blueprints.publish(SANDBOX.confluence(), "tanaka", "DEMO", Blueprints.fields("meeting-notes",
                p.get(5) + " 会議", "xss-0,sales", "", p.get(6)));
        String confluence = SANDBOX.confluence().baseUrl();
        browser.login(confluence, "/pages/viewpage.action?pageId=" + results, "tanaka", "tanaka");
        for (String lang : List.of("ja", "en")) {
            browser.language(confluence, lang);
            for (long id : List.of(results, plan, meeting)) {
                browser.open(confluence + "/pages/viewpage.action?pageId=" + id);
                assertNothingRan("knowledge page " + id + " (" + lang + ")");
            }
            assertTrue(pageText().contains(p.get(5) + " 会議"));
            for (String index : List.of("学びの記録", "OWWH プラン", "部署間ミーティング")) {
                browser.open(confluence + "/display/DEMO/" + java.net.URLEncoder.encode(index, "UTF-8"));
                if (browser.driver().findElements(By.className("kakehashi-knowledge-log")).isEmpty()) {
                    continue;
                }
                assertNothingRan("log " + index + " (" + lang + ")");
                org.openqa.selenium.WebElement log = browser.waitFor(By.cssSelector(
                        ".kakehashi-knowledge-log[data-ready=true]"));
                new org.openqa.selenium.support.ui.Select(log.findElement(By.className("kakehashi-knowledge-department")))
                        .selectByValue(index.equals("OWWH プラン") ? "xss-2" : "xss-0");
                browser.waitUntil(d -> log.getAttribute("aria-busy") == null
                        && !log.findElements(By.className("kakehashi-knowledge-row")).isEmpty());
                assertNothingRan("log " + index + " filtered by a hostile department (" + lang + ")");
            }
        }
        assertTrue(pageText().contains(p.get(0) + " 成果") || pageText().contains(p.get(5) + " 会議"));
        browser.open(confluence + "/display/DEMO/Home");
        browser.waitFor(By.id("create-page-button")).click();
        browser.waitFor(By.cssSelector("#create-dialog-items[data-ready=true]"));
        browser.driver().findElement(By.cssSelector("#create-dialog input[data-blueprint-key$=':results-blueprint']"))
                .click();
        browser.driver().findElement(By.id("create-dialog-create")).click();
        browser.waitFor(By.cssSelector(".kakehashi-blueprint-department-list[data-ready=true]"));
        assertNothingRan("results wizard with hostile department names");
        browser.open(confluence + "/plugins/servlet/kakehashi/knowledge/share?request=NOPE-1&title="
                + java.net.URLEncoder.encode(p.get(7), "UTF-8") + "&departments="
                + java.net.URLEncoder.encode(p.get(8), "UTF-8"));
        assertNothingRan("share page with hostile parameters");
        browser.open(confluence + "/plugins/servlet/kakehashi/knowledge/share?request=NOPE-1&title=x"
                + "&createDialog=true&createDialogSpaceKey=DEMO&kakehashiTitle=" + java.net.URLEncoder.encode(p.get(9), "UTF-8"));
        assertNothingRan("share page with hostile wizard parameters");

        browser.logout();
        browser.login(SANDBOX.jira().baseUrl(), "/browse/COLLAB-1", "tanaka", "tanaka");
        browser.waitFor(By.cssSelector(".kakehashi-request[data-ready=true]"));
        assertNothingRan("request panel listing a hostile results page title");
        assertTrue(pageText().contains(p.get(0) + " 成果"));
    }

    @Test
    public void theLunchPageShowsHostileProgrammeAndDepartmentNamesAsText() throws Exception {
        List<String> p = XssPayloads.ALL;
        for (SandboxHost host : List.of(SANDBOX.jira(), SANDBOX.confluence())) {
            Http admin = new Http(host.baseUrl()).as("admin", "admin");
            String programme = JSON.writeValueAsString(Map.of("key", "xss-lunch", "nameEn", p.get(0),
                    "nameJa", p.get(4), "site", p.get(14), "cadence", "weekly", "weekday", "monday",
                    "groupSize", 3, "minDepartments", 1));
            var created = admin.postJson("/rest/kakehashi/1.0/lunch/programmes", programme);
            assertEquals(created.body(), 200, created.statusCode());
            for (String user : List.of("admin", "tanaka", "sato", "suzuki", "ito", "yamamoto")) {
                assertEquals(200, new Http(host.baseUrl()).as(user, user)
                        .postJson("/rest/kakehashi/1.0/lunch/programmes/xss-lunch/join", "{}").statusCode());
            }
            assertEquals(200, admin.postJson("/rest/kakehashi/1.0/lunch/programmes/xss-lunch/rounds", "{}")
                    .statusCode());
            browser.openAs(host.baseUrl(), "/plugins/servlet/kakehashi/lunch?manage=true", "admin", "admin");
            for (String lang : List.of("ja", "en")) {
                browser.language(host.baseUrl(), lang);
                browser.waitFor(By.cssSelector(".kakehashi-lunch[data-ready=true] .kakehashi-lunch-figures"));
                assertNothingRan("lunch page (" + host.product() + ", " + lang + ")");
                assertTrue(pageText().contains(p.get(lang.equals("ja") ? 4 : 0)));
                assertTrue(pageText().contains(p.get(14)));
            }
            browser.logout();
        }
    }

    /** An event whose every text is a payload, with a hostile invitation, answer note and topic for next time. */
    private static String plantEvent(SandboxHost host) throws Exception {
        List<String> p = XssPayloads.ALL;
        Map<String, Object> event = new java.util.HashMap<>(Map.of("title", p.get(0), "format", "lunch",
                "mode", "hybrid", "place", p.get(1), "link", "https://meet.example/" + java.net.URLEncoder.encode(
                        p.get(2), java.nio.charset.StandardCharsets.UTF_8), "start", "2030-02-01T12:00",
                "end", "2030-02-01T13:00", "gain", p.get(3), "organisers", List.of("suzuki")));
        // a cohort with hostile names, as an administrator maps it, in the event's audience
        var mapped = new Http(host.baseUrl()).as("admin", "admin").putJson(
                "/rest/kakehashi/1.0/admin/events/audiences/cohort/xss", JSON.writeValueAsString(Map.of(
                        "nameEn", p.get(8), "nameJa", p.get(9), "hostGroup", "joined-2025")));
        assertEquals(mapped.body(), 200, mapped.statusCode());
        event.put("audienceCohorts", List.of("xss"));
        var created = new Http(host.baseUrl()).as("tanaka", "tanaka").postJson("/rest/kakehashi/1.0/events",
                JSON.writeValueAsString(event));
        assertEquals(created.body(), 200, created.statusCode());
        String id = JSON.readTree(created.body()).get("id").asText();
        var invited = new Http(host.baseUrl()).as("tanaka", "tanaka").postJson("/rest/kakehashi/1.0/events/" + id
                + "/invitations", JSON.writeValueAsString(Map.of("username", "sato", "message", p.get(5))));
        assertEquals(invited.body(), 200, invited.statusCode());
        var answered = new Http(host.baseUrl()).as("sato", "sato").putJson("/rest/kakehashi/1.0/events/" + id
                + "/invitation", JSON.writeValueAsString(Map.of("answer", "yes", "note", p.get(6))));
        assertEquals(answered.body(), 200, answered.statusCode());
        var topic = new Http(host.baseUrl()).as("sato", "sato").postJson("/rest/kakehashi/1.0/events/" + id
                + "/topics", JSON.writeValueAsString(Map.of("text", p.get(7))));
        assertEquals(topic.body(), 200, topic.statusCode());
        return id;
    }

    @Test
    public void eventViewsShowHostileTitlesInvitationsAndNotesAsText() throws Exception {
        for (SandboxHost host : List.of(SANDBOX.jira(), SANDBOX.confluence())) {
            String id = plantEvent(host);
            browser.openAs(host.baseUrl(), "/plugins/servlet/kakehashi/events", "tanaka", "tanaka");
            for (String lang : List.of("ja", "en")) {
                browser.language(host.baseUrl(), lang);
                assertNothingRan(host.product() + " events page (" + lang + ")");
                assertTrue(pageText().contains(XssPayloads.ALL.get(0)));
                browser.open(host.baseUrl() + "/plugins/servlet/kakehashi/events/" + id);
                browser.waitFor(By.cssSelector(".kakehashi-event[data-ready=true]"));
                assertNothingRan(host.product() + " event page as its organiser (" + lang + ")");
                assertTrue(pageText().contains(XssPayloads.ALL.get(5)));
                assertTrue("the cohort's name is text", pageText().contains(XssPayloads.ALL.get(lang.equals("ja") ? 9 : 8)));
                assertTrue(pageText().contains(XssPayloads.ALL.get(7)));
                browser.open(host.baseUrl() + "/plugins/servlet/kakehashi/events");
            }
            browser.logout();
            browser.openAs(host.baseUrl(), "/plugins/servlet/kakehashi/events/" + id, "sato", "sato");
            assertNothingRan(host.product() + " event page as its invitee");
            browser.logout();
            browser.openAs(host.baseUrl(), "/plugins/servlet/kakehashi/admin", "admin", "admin");
            browser.waitFor(By.cssSelector("#kakehashi-events-admin[data-loaded=true]"));
            assertNothingRan(host.product() + " admin page's sites and cohorts");
            assertTrue(pageText().contains(XssPayloads.ALL.get(8)));
            browser.logout();
        }
    }
}
