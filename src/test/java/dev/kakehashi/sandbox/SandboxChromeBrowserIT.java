package dev.kakehashi.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.ProjectFiles;
import dev.kakehashi.testing.SandboxPair;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The sandbox's own page around the app's content as people meet it in a real browser: in Japanese its header,
 * footer and not-found messages speak Japanese (product names aside); the buttons of a top-label form start where its
 * fields start; and the README's account of the demo data matches the demo goals page.
 */
public class SandboxChromeBrowserIT {
    /** Latin words the Japanese chrome may show: the products' own names, and English in the language switch. */
    private static final List<String> NAMES = List.of("Jira", "Confluence", "Kakehashi", "English");
    private static final Map<String, Integer> NUMBERS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    /** The words of Latin letters in the text, less the products' names. */
    private static List<String> englishWords(String text) {
        return Pattern.compile("[A-Za-z]{2,}").matcher(text).results().map(m -> m.group())
                .filter(w -> !NAMES.contains(w)).toList();
    }

    /** The text of the page outside the app's content: header, admin menu and footer. */
    private String chromeText() {
        return (String) browser.script("var parts = [];"
                + "document.querySelectorAll('#header, .aui-page-panel-nav, #footer').forEach(function (e) {"
                + "  parts.push(e.innerText); });"
                + "return parts.join('\\n');");
    }

    @Test
    public void theChromeAndItsNotFoundMessagesSpeakJapaneseInJapanese() {
        browser.login(SANDBOX.jira().baseUrl(), "/browse/DEMO-1", "tanaka", "tanaka");
        browser.language(SANDBOX.jira().baseUrl(), "ja");
        browser.waitFor(By.id("footer"));
        String jira = chromeText();
        assertTrue(jira, jira.contains("Kakehashi"));
        assertEquals(jira, List.of(), englishWords(jira));

        browser.open(SANDBOX.jira().baseUrl() + "/browse/COLLAB-9");
        String hidden = browser.waitFor(By.tagName("body")).getText();
        assertTrue(hidden, hidden.contains("課題 COLLAB-9 は存在しないか、閲覧する権限がありません。"));
        assertEquals(hidden, List.of(), englishWords(hidden.replace("COLLAB", "")));

        // suzuki (development) may not view the sales space
        browser.login(SANDBOX.confluence().baseUrl(), "/display/DEMO", "suzuki", "suzuki");
        browser.language(SANDBOX.confluence().baseUrl(), "ja");
        browser.waitFor(By.id("footer"));
        String confluence = chromeText();
        assertEquals(confluence, List.of(), englishWords(confluence));
        browser.open(SANDBOX.confluence().baseUrl() + "/display/SALES");
        String noSpace = browser.waitFor(By.tagName("body")).getText();
        assertTrue(noSpace, noSpace.contains("存在しないか、閲覧する権限がありません。"));
        assertEquals(noSpace, List.of(), englishWords(noSpace));

        browser.language(SANDBOX.confluence().baseUrl(), "en");
        browser.open(SANDBOX.confluence().baseUrl() + "/display/DEMO");
        assertTrue(browser.waitFor(By.id("footer")).getText().startsWith("Kakehashi sandbox"));
    }

    @Test
    public void theButtonsOfATopLabelFormStartWhereItsFieldsStart() {
        browser.login(SANDBOX.jira().baseUrl(), "/browse/DEMO-1", "tanaka", "tanaka");
        WebElement thanks = browser.waitFor(By.cssSelector(".kakehashi-thanks[data-ready=true] form.top-label"));
        assertEquals("the thanks form on the issue", 0, buttonIndent(thanks));

        browser.login(SANDBOX.confluence().baseUrl(), "/pages/createpage.action?spaceKey=DEMO", "tanaka", "tanaka");
        WebElement editor = browser.waitFor(By.cssSelector("form.aui.top-label#createpageform"));
        assertEquals("Confluence's page editor", 0, buttonIndent(editor));
    }

    /** How far right of the form's first field its buttons start, in CSS pixels. */
    private long buttonIndent(WebElement form) {
        return (Long) browser.script("var f = arguments[0];"
                + "return Math.round(f.querySelector('.buttons-container').getBoundingClientRect().left"
                + " - f.querySelector('.field-group').getBoundingClientRect().left);", form);
    }

    @Test
    public void theReadmeCountsTheDemoGoalsTheDemoGoalsPageShows() {
        String readme = ProjectFiles.read(ProjectFiles.ROOT.resolve("README.md")).replaceAll("\\s+", " ");
        Matcher said = Pattern.compile("the page 部署横断の目標 shows (\\w+) demo goals").matcher(readme);
        assertTrue("the README says how many demo goals the page shows", said.find());
        Integer promised = NUMBERS.get(said.group(1));

        browser.login(SANDBOX.confluence().baseUrl(), "/display/DEMO/部署横断の目標", "tanaka", "tanaka");
        browser.waitFor(By.className("kakehashi-goal-card"));
        long cards = browser.driver().findElements(By.cssSelector("article.kakehashi-goal-card")).stream()
                .map(card -> card.getAttribute("data-goal-id")).distinct().count();

        assertEquals("the README's \"" + said.group() + "\"", Long.valueOf(cards), Long.valueOf(promised));
    }
}
