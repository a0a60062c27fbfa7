package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.SandboxPair;
import java.util.ArrayList;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Jira renders the issue view again without a page load (after an inline edit, a transition): in the sandbox its
 * Refresh action and its Resolve transition do so and fire Jira's events. The thanks panel and the
 * collaboration-request panel work on the new HTML, and are started once: after two refreshes one click sends one
 * thanks and moves the request one step.
 */
public class IssueRefreshBrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LEFT = "atl.jira.view.issue.left.context";
    private static final String RIGHT = "atl.jira.view.issue.right.context";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    private String issueId(String key) {
        return String.valueOf(SANDBOX.jira().services().issues().byKey(key).getId());
    }

    private WebElement ready(String panelClass) {
        return browser.waitFor(By.cssSelector("." + panelClass + "[data-ready=true]"));
    }

    /**
     * Opens the issue as tanaka, then renders it again in place twice — Refresh, then Resolve — checking the events
     * each time and that both panels were started again; the page is never reloaded.
     */
    private void openAndRefreshTwice(String key) {
        String base = SANDBOX.jira().baseUrl();
        browser.login(base, "/browse/" + key, "tanaka", "tanaka");
        browser.language(base, "en");
        ready("kakehashi-thanks");
        ready("kakehashi-request");
        browser.script("window.kakehashiNoReload = true; window.seen = [];"
                + "JIRA.bind(JIRA.Events.NEW_CONTENT_ADDED, function (e, $context, reason) {"
                + "  seen.push(reason + ' ' + ($context.jquery ? $context.attr('data-location') : 'no jQuery'));"
                + "});"
                + "JIRA.bind(JIRA.Events.ISSUE_REFRESHED, function (e, issueId) { seen.push('issueRefreshed ' + issueId); });");
        List<String> expected = new ArrayList<>();
        for (String action : List.of("sandbox-refresh", "sandbox-resolve")) {
            browser.script("document.querySelectorAll('.kakehashi-thanks, .kakehashi-request').forEach(function (p) {"
                    + "  p.setAttribute('data-before', 'true');"
                    + "});");
            browser.driver().findElement(By.id(action)).click();
            expected.addAll(List.of("panelRefreshed " + LEFT, "panelRefreshed " + RIGHT,
                    "issueRefreshed " + issueId(key)));
            browser.waitUntil(d -> browser.script("return window.seen;").equals(expected));
            assertEquals("the panels were rendered again", 0L,
                    browser.script("return document.querySelectorAll('[data-before]').length;"));
            ready("kakehashi-thanks");
            ready("kakehashi-request");
        }
        assertEquals("Resolved", browser.driver().findElement(By.id("resolution-val")).getText());
        assertEquals("the page did not reload", Boolean.TRUE, browser.script("return window.kakehashiNoReload;"));
        // Jira also announces content that did not change, and the whole document; nothing is started twice.
        browser.script("JIRA.trigger(JIRA.Events.NEW_CONTENT_ADDED, [jQuery(document), JIRA.CONTENT_ADDED_REASON.pageLoad]);"
                + "JIRA.trigger(JIRA.Events.NEW_CONTENT_ADDED, [jQuery('.kakehashi-thanks'), 'panelRefreshed']);"
                + "JIRA.trigger(JIRA.Events.NEW_CONTENT_ADDED, [document.querySelector('.kakehashi-request')]);"
                + "JIRA.trigger(JIRA.Events.ISSUE_REFRESHED, [arguments[0]]);", issueId(key));
        countPosts();
    }

    /** Records every POST the page's scripts make, across page loads of this tab. */
    private void countPosts() {
        browser.script("sessionStorage.setItem('posts', '[]'); var real = window.fetch;"
                + "window.fetch = function (url, options) {"
                + "  if (options && options.method === 'POST') {"
                + "    var posts = JSON.parse(sessionStorage.getItem('posts'));"
                + "    posts.push(String(url).replace(/^.*\\/rest\\/kakehashi\\/1\\.0/, ''));"
                + "    sessionStorage.setItem('posts', JSON.stringify(posts));"
                + "  }"
                + "  return real.apply(this, arguments);"
                + "};");
    }

    private Object posts() {
        return browser.script("return JSON.parse(sessionStorage.getItem('posts'));");
    }

    private JsonNode rest(String path) throws Exception {
        return JSON.readTree(SANDBOX.as(Product.JIRA, "tanaka").get("/rest/kakehashi/1.0" + path).body());
    }

    @Test
    public void afterTwoRefreshesOneSendGivesOneThanks() throws Exception {
        openAndRefreshTwice("COLLAB-8");
        String message = "Thank you for checking the discount approvals so quickly.";

        WebElement panel = ready("kakehashi-thanks");
        panel.findElement(By.name("others")).sendKeys("kato");
        panel.findElement(By.cssSelector("input[name=value][value=collaboration]")).click();
        panel.findElement(By.name("message")).sendKeys(message);
        panel.findElement(By.className("kakehashi-thanks-submit")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".kakehashi-thanks-item")).stream()
                .anyMatch(li -> li.getText().contains(message)));
        browser.waitUntil(d -> d.findElement(By.className("kakehashi-thanks-submit")).isEnabled());

        assertEquals(List.of("/thanks"), posts());
        assertEquals(1, browser.driver().findElements(By.cssSelector(".kakehashi-thanks-item")).stream()
                .filter(li -> li.getText().contains(message)).count());
        JsonNode thanks = rest("/thanks?contextType=jira-issue&contextId=" + issueId("COLLAB-8"));
        int given = 0;
        for (JsonNode item : thanks.get("items")) {
            given += item.get("message").asText().equals(message) ? 1 : 0;
        }
        assertEquals(1, given);
    }

    @Test
    public void afterTwoRefreshesOneClickMovesTheRequestOneStep() throws Exception {
        openAndRefreshTwice("COLLAB-1");
        int entries = rest("/collaboration/requests/COLLAB-1/history").size();
        WebElement panel = ready("kakehashi-request");
        assertEquals("3", panel.findElement(By.cssSelector(".aui-progress-tracker-step-current"))
                .getAttribute("data-step"));

        panel.findElement(By.id("kakehashi-request-advance")).click();
        browser.waitUntil(d -> browser.script("return window.kakehashiNoReload;") == null);
        assertEquals("4", ready("kakehashi-request").findElement(By.cssSelector(".aui-progress-tracker-step-current"))
                .getAttribute("data-step"));

        assertEquals(List.of("/collaboration/requests/COLLAB-1/step"), posts());
        JsonNode history = rest("/collaboration/requests/COLLAB-1/history");
        assertEquals(entries + 1, history.size());
        JsonNode last = history.get(history.size() - 1);
        assertEquals("advanced", last.get("event").asText());
        assertEquals(3, last.get("from").asInt());
        assertEquals(4, last.get("to").asInt());
        assertEquals(4, rest("/collaboration/requests/COLLAB-1").get("step").asInt());
    }
}
