package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.SandboxPair;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A thanks given on a Jira issue appears on Confluence's wall (the thanks-wall macro and the wall page), in Japanese,
 * marked as given in Jira and linking to the Jira issue; the email preferences changed on one wall are changed on
 * the other's too, and the page says so.
 */
public class CompanyWallBrowserIT {
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    private WebElement item(String text) {
        browser.waitUntil(d -> d.findElements(By.cssSelector(".kakehashi-thanks-item")).stream()
                .anyMatch(li -> li.getText().contains(text)));
        return browser.driver().findElements(By.cssSelector(".kakehashi-thanks-item")).stream()
                .filter(li -> li.getText().contains(text)).findFirst().orElseThrow();
    }

    @Test
    public void aThanksGivenInJiraAppearsOnTheConfluenceWallLinkingToTheJiraIssue() throws Exception {
        browser.login(SANDBOX.jira().baseUrl(), "/browse/DEMO-1", "tanaka", "tanaka");
        browser.language(SANDBOX.jira().baseUrl(), "ja");
        WebElement panel = browser.waitFor(By.cssSelector(".kakehashi-thanks[data-ready=true]"));
        panel.findElement(By.cssSelector("input[name=suggested][value='suzuki']")).click();
        panel.findElement(By.cssSelector("input[name=value][value=collaboration]")).click();
        String message = "見積もりテンプレートの見直し、会社全体に広がりました！";
        panel.findElement(By.name("message")).sendKeys(message);
        panel.findElement(By.className("kakehashi-thanks-submit")).click();
        item(message);
        browser.logout();

        browser.login(SANDBOX.confluence().baseUrl(), "/pages/viewpage.action?pageId=65541", "ito", "ito");
        browser.language(SANDBOX.confluence().baseUrl(), "ja");
        WebElement card = item(message);
        assertEquals("Jira", card.findElement(By.className("kakehashi-thanks-product")).getAttribute("textContent"));
        assertEquals("Jira で送信", card.findElement(By.className("kakehashi-thanks-product")).getAttribute("title"));
        WebElement link = card.findElement(By.cssSelector("a.kakehashi-thanks-context"));
        assertEquals(SANDBOX.jira().baseUrl() + "/secure/ViewIssue.jspa?id=10000", link.getAttribute("href"));
        assertTrue(link.getText(), link.getText().startsWith("DEMO-1"));
        assertTrue("no withdraw or hide on another product's thanks",
                card.findElements(By.cssSelector(".kakehashi-thanks-withdraw, .kakehashi-thanks-hide")).isEmpty());

        browser.open(SANDBOX.confluence().baseUrl() + "/plugins/servlet/kakehashi/thanks");
        card = item(message);
        assertEquals("会社全体（Jira と Confluence）", browser.driver()
                .findElement(By.cssSelector("select[name=scope] option:checked")).getText());
        assertTrue(card.getText(), card.getText().contains("田中 美咲") && card.getText().toLowerCase().contains("jira"));
        browser.screenshotAt("company-wall-confluence-ja", ".kakehashi-thanks-wall-list");

        // this product only: the Jira thanks is not there
        browser.open(SANDBOX.confluence().baseUrl() + "/plugins/servlet/kakehashi/thanks?scope=product");
        browser.waitFor(By.cssSelector(".kakehashi-thanks-list[aria-busy=false]"));
        assertTrue(browser.driver().findElements(By.cssSelector(".kakehashi-thanks-item")).stream()
                .noneMatch(li -> li.getText().contains(message)));

        browser.open(SANDBOX.confluence().baseUrl() + "/plugins/servlet/kakehashi/thanks");
        card = item(message);
        card.findElement(By.cssSelector("a.kakehashi-thanks-context")).click();
        browser.waitUntil(d -> d.getCurrentUrl().startsWith(SANDBOX.jira().baseUrl()));
    }

    @Test
    public void emailPreferencesChangedOnOneWallAreChangedOnTheOther() {
        String wall = "/plugins/servlet/kakehashi/thanks";
        browser.login(SANDBOX.confluence().baseUrl(), wall, "nakamura", "nakamura");
        browser.language(SANDBOX.confluence().baseUrl(), "ja");
        WebElement digest = browser.waitFor(By.cssSelector("#kakehashi-notify-digest:not([disabled])"));
        assertTrue(!digest.isSelected());
        digest.click();
        browser.waitUntil(d -> !d.findElement(By.className("kakehashi-notify-linked")).getText().isEmpty());
        assertEquals("Jira の設定も同じように変更しました。",
                browser.driver().findElement(By.className("kakehashi-notify-linked")).getText());
        browser.logout();

        browser.login(SANDBOX.jira().baseUrl(), wall, "nakamura", "nakamura");
        assertTrue(browser.waitFor(By.cssSelector("#kakehashi-notify-digest:not([disabled])")).isSelected());
    }
}
