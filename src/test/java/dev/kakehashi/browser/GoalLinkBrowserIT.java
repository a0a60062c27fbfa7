package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * tanaka starts a request in Jira naming a demo goal found by typing part of its title, in Japanese and in English;
 * the request's panel names the goal with a link to its page, and the goal's card in Confluence lists the request
 * with its step once it has loaded from Jira.
 */
public class GoalLinkBrowserIT {
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    /** The goal as Confluence's goal search gives it: its id and the path of its page. */
    private static com.fasterxml.jackson.databind.JsonNode goal(String title) {
        var found = Http.json(SANDBOX.confluence("tanaka").get("/rest/kakehashi/1.0/goals/search?q="
                + URLEncoder.encode(title, StandardCharsets.UTF_8))).get("goals").get(0);
        assertEquals(title, found.get("title").asText());
        return found;
    }

    /** Fills the new-request form, picks the goal by typing {@code typed}, sends it; returns the new issue's key. */
    private String createNamingGoal(String summary, String typed, String title, boolean keyboard) {
        WebElement form = browser.waitFor(By.id("kakehashi-request-new-form"));
        form.findElement(By.id("kakehashi-request-summary")).sendKeys(summary);
        new Select(form.findElement(By.id("kakehashi-request-project"))).selectByValue("COLLAB");
        new Select(form.findElement(By.id("kakehashi-request-to"))).selectByValue("support");
        form.findElement(By.id("kakehashi-request-purpose")).sendKeys("問い合わせの一次回答を早める");
        form.findElement(By.id("kakehashi-request-scope")).sendKeys("回答テンプレート 5 件だけ");
        browser.script("document.getElementById('kakehashi-request-due').value = arguments[0];",
                java.time.LocalDate.now().plusDays(14).toString());

        WebElement search = browser.waitFor(By.cssSelector("#kakehashi-request-goal-search[role=combobox]"));
        assertEquals("the field's label names the search box", search.getAttribute("id"),
                form.findElement(By.cssSelector("label[for=kakehashi-request-goal-search]")).getAttribute("for"));
        search.sendKeys(typed);
        By options = By.cssSelector(".kakehashi-request-goal-field [role=option]");
        browser.waitUntil(d -> d.findElements(options).stream().anyMatch(o -> o.getText().equals(title)));
        assertEquals("true", search.getAttribute("aria-expanded"));
        if (keyboard) {
            String active = search.getAttribute("aria-activedescendant");
            assertEquals(title, browser.driver().findElement(By.id(active)).getText());
            search.sendKeys(Keys.ENTER);
        } else {
            browser.driver().findElements(options).stream().filter(o -> o.getText().equals(title)).findFirst()
                    .orElseThrow().click();
        }
        browser.waitUntil(d -> d.findElement(By.className("kakehashi-goal-chosen")).getText().contains(title));
        assertEquals("false", search.getAttribute("aria-expanded"));
        try {
            browser.screenshotAt(keyboard ? "jira-request-goal-ja" : "jira-request-goal-en",
                    ".kakehashi-request-goal-field");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        form.findElement(By.id("kakehashi-request-create")).click();
        By errors = By.cssSelector("#kakehashi-request-new-form .kakehashi-form-errors:not([hidden])");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/browse/COLLAB-") || !d.findElements(errors).isEmpty());
        assertTrue(String.join(" ", browser.driver().findElements(errors).stream().map(WebElement::getText).toList()),
                browser.driver().getCurrentUrl().contains("/browse/COLLAB-"));
        String url = browser.driver().getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** Opens the goal's page in Confluence and waits for its card to list the request; returns the list item. */
    private WebElement listedOnTheGoal(String title, String key, String language) {
        var goal = goal(title);
        browser.login(SANDBOX.confluence().baseUrl(), goal.get("path").asText(), "tanaka", "tanaka");
        browser.language(SANDBOX.confluence().baseUrl(), language);
        WebElement section = browser.waitFor(By.cssSelector("[data-kakehashi-goal-requests='"
                + goal.get("id").asText() + "']"));
        assertTrue("nothing is asked of Jira before the card is on screen", section.getAttribute("data-state") == null
                || section.getAttribute("data-state").isEmpty() || isOnScreen(section));
        browser.script("arguments[0].scrollIntoView();", section);
        By item = By.cssSelector(".kakehashi-goal-request[data-issue-key='" + key + "']");
        browser.waitUntil(d -> !section.findElements(item).isEmpty());
        return section.findElement(item);
    }

    private boolean isOnScreen(WebElement element) {
        return (Boolean) browser.script("var r = arguments[0].getBoundingClientRect();"
                + " return r.bottom > 0 && r.top < window.innerHeight;", element);
    }

    @Test
    public void inJapaneseTanakaNamesTheSupportGoalAndItsCardListsTheRequestAtStepOne() throws Exception {
        String title = "問い合わせの一次回答を 24 時間以内に";
        browser.login(SANDBOX.jira().baseUrl(), "/plugins/servlet/kakehashi/collaboration/new", "tanaka", "tanaka");
        browser.language(SANDBOX.jira().baseUrl(), "ja");
        String key = createNamingGoal("回答テンプレートをサポートと作る", "一次回答", title, true);

        By goalLink = By.cssSelector(".kakehashi-request-goal a.kakehashi-request-goal-link");
        browser.waitUntil(d -> !d.findElements(goalLink).isEmpty());
        WebElement link = browser.driver().findElement(goalLink);
        assertEquals(title, link.getText());
        assertTrue(link.getAttribute("href"), link.getAttribute("href").startsWith(SANDBOX.confluence().baseUrl()
                + "/pages/viewpage.action?pageId="));
        assertTrue(browser.driver().findElement(By.className("kakehashi-request-goal")).getText()
                .startsWith("支える目標:"));

        WebElement listed = listedOnTheGoal(title, key, "ja");
        assertEquals(SANDBOX.jira().baseUrl() + "/browse/" + key,
                listed.findElement(By.className("kakehashi-goal-request-key")).getAttribute("href"));
        assertTrue(listed.getText(), listed.getText().contains("回答テンプレートをサポートと作る"));
        assertEquals("ステップ 1: 依頼を定義", listed.findElement(By.className("kakehashi-goal-request-step")).getAttribute("textContent"));
        browser.screenshotAt("confluence-goal-requests-ja", ".kakehashi-goal-requests");
    }

    @Test
    public void inEnglishTanakaNamesTheLeadsGoalWithTheMouseAndItsCardListsTheRequest() throws Exception {
        String title = "展示会リードから商談 30 件";
        browser.login(SANDBOX.jira().baseUrl(), "/plugins/servlet/kakehashi/collaboration/new", "tanaka", "tanaka");
        browser.language(SANDBOX.jira().baseUrl(), "en");
        String key = createNamingGoal("Follow up trade-show leads with support", "リード", title, false);

        By goalLink = By.cssSelector(".kakehashi-request-goal a.kakehashi-request-goal-link");
        browser.waitUntil(d -> !d.findElements(goalLink).isEmpty());
        assertTrue(browser.driver().findElement(By.className("kakehashi-request-goal")).getText()
                .startsWith("Serves the goal " + title));

        WebElement listed = listedOnTheGoal(title, key, "en");
        assertEquals("Step 1: Define the request",
                listed.findElement(By.className("kakehashi-goal-request-step")).getAttribute("textContent"));
        assertTrue(listed.getText(), listed.getText().contains("Sales → Customer Support"));
        browser.screenshotAt("confluence-goal-requests-en", ".kakehashi-goal-requests");
    }
}
