package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.SandboxPair;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A demo user thanks a colleague in another department from a Jira issue and from a Confluence page; the thanks
 * appears in the panel without a reload, on the wall, in both people's and both departments' summaries, in Japanese
 * and English.
 */
public class ThanksBrowserIT {
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    private WebElement panel() {
        return browser.waitFor(By.cssSelector(".kakehashi-thanks[data-ready=true]"));
    }

    /** Fills the thanks form of the panel: a suggested person, the first value, a message; returns the list item. */
    private WebElement thank(String suggestedUsername, String message) {
        WebElement panel = panel();
        panel.findElement(By.cssSelector("input[name=suggested][value='" + suggestedUsername + "']")).click();
        panel.findElement(By.cssSelector("input[name=value][value=collaboration]")).click();
        panel.findElement(By.name("message")).sendKeys(message);
        browser.script("window.kakehashiNoReload = true;");
        panel.findElement(By.className("kakehashi-thanks-submit")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".kakehashi-thanks-item")).stream()
                .anyMatch(li -> li.getText().contains(message)));
        assertEquals("the page did not reload", Boolean.TRUE, browser.script("return window.kakehashiNoReload === true;"));
        return browser.driver().findElements(By.cssSelector(".kakehashi-thanks-item")).stream()
                .filter(li -> li.getText().contains(message)).findFirst().orElseThrow();
    }

    private String summaryCell(String departmentKey, String className) {
        return browser.waitFor(By.cssSelector(".kakehashi-thanks-summary tr[data-key='" + departmentKey + "'] ."
                + className)).getText();
    }

    @Test
    public void aThanksFromAJiraIssueReachesThePanelTheWallAndTheSummaries() throws Exception {
        browser.login(SANDBOX.jira().baseUrl(), "/browse/DEMO-1", "tanaka", "tanaka");
        browser.language(SANDBOX.jira().baseUrl(), "ja");
        WebElement item = thank("suzuki", "テンプレートの共有、本当に助かりました！🙏");

        assertTrue(item.getText().contains("田中 美咲"));
        assertTrue(item.getText().contains("鈴木 大輔"));
        assertTrue(item.getText().contains("協力"));
        assertTrue(item.getText().contains("部署を越えて"));
        browser.screenshotAt("jira-issue-thanks-ja", ".kakehashi-thanks");

        browser.open(SANDBOX.jira().baseUrl() + "/plugins/servlet/kakehashi/thanks");
        browser.waitUntil(d -> d.findElements(By.cssSelector(".kakehashi-thanks-item")).stream()
                .anyMatch(li -> li.getText().contains("テンプレートの共有")));
        // the demo data's last 30 days: 営業 gave 開発 five thanks; 開発 received those and three from サポート
        assertEquals("6", summaryCell("sales", "kakehashi-given"));
        assertEquals("9", summaryCell("development", "kakehashi-received"));
        browser.screenshot("jira-thanks-wall-ja");

        browser.language(SANDBOX.jira().baseUrl(), "en");
        assertEquals("Thanks wall", browser.waitFor(By.cssSelector(".kakehashi-thanks-wall h1")).getText());
        browser.waitUntil(d -> d.findElements(By.cssSelector(".kakehashi-thanks-item")).stream()
                .anyMatch(li -> li.getText().toLowerCase().contains("collaboration")
                        && li.getText().toLowerCase().contains("across departments")));

        browser.open(SANDBOX.jira().baseUrl() + "/plugins/servlet/kakehashi/thanks?person=suzuki");
        assertEquals("Thanks received by 鈴木 大輔 すずき だいすけ", browser.waitFor(By.cssSelector(".kakehashi-thanks-wall h1")).getText());
        browser.waitUntil(d -> d.findElements(By.cssSelector(".kakehashi-thanks-item")).stream()
                .anyMatch(li -> li.getText().contains("テンプレートの共有")));

        browser.logout();
        browser.login(SANDBOX.jira().baseUrl(), "/plugins/servlet/kakehashi/thanks?person=suzuki", "suzuki", "suzuki");
        browser.language(SANDBOX.jira().baseUrl(), "ja");
        browser.waitUntil(d -> d.findElements(By.cssSelector(".kakehashi-thanks-item")).stream()
                .anyMatch(li -> li.getText().contains("テンプレートの共有") && li.getText().contains("あなたへ")));
    }

    @Test
    public void aThanksFromAConfluencePageReachesThePanelAndTheWall() throws Exception {
        browser.login(SANDBOX.confluence().baseUrl(), "/pages/viewpage.action?pageId=65539", "tanaka", "tanaka");
        browser.language(SANDBOX.confluence().baseUrl(), "en");
        WebElement item = thank("nakamura", "Thank you for the FAQ summary, it saved us hours.");

        assertTrue(item.getText().contains("中村 結衣"));
        assertTrue(item.getText().toLowerCase().contains("across departments"));
        browser.screenshotAt("confluence-page-thanks-en", ".kakehashi-thanks-page-panel");

        browser.open(SANDBOX.confluence().baseUrl() + "/plugins/servlet/kakehashi/thanks");
        browser.waitUntil(d -> d.findElements(By.cssSelector(".kakehashi-thanks-item")).stream()
                .anyMatch(li -> li.getText().contains("FAQ summary")));
        // the demo data's last 30 days in Confluence: サポート received two thanks from 開発, 営業 gave 開発 four
        assertEquals("3", summaryCell("support", "kakehashi-received"));
        assertEquals("5", summaryCell("sales", "kakehashi-given"));
    }

    @Test
    public void aPersonTurnsThanksEmailsOffOnTheWall() {
        String wall = "/plugins/servlet/kakehashi/thanks";
        browser.login(SANDBOX.jira().baseUrl(), wall, "watanabe", "watanabe");
        WebElement box = browser.waitFor(By.cssSelector("#kakehashi-notify-email:not([disabled])"));
        assertTrue("emails are on until turned off", box.isSelected());

        box.click();
        browser.waitUntil(d -> !d.findElement(By.id("kakehashi-notify-email")).isSelected()
                && d.findElement(By.id("kakehashi-notify-email")).isEnabled());
        browser.open(SANDBOX.jira().baseUrl() + wall);

        WebElement reloaded = browser.waitFor(By.cssSelector("#kakehashi-notify-email:not([disabled])"));
        assertTrue(!reloaded.isSelected());
    }

    @Test
    public void mistakesAreExplainedAndTheSenderCanWithdraw() {
        browser.login(SANDBOX.jira().baseUrl(), "/browse/DEMO-5", "ito", "ito");
        browser.language(SANDBOX.jira().baseUrl(), "ja");
        WebElement panel = panel();
        panel.findElement(By.className("kakehashi-thanks-submit")).click();
        browser.waitUntil(d -> !panel().findElement(By.cssSelector(".error[data-field=message]")).getText().isEmpty());
        assertEquals("この項目は必須です。", panel().findElement(By.cssSelector(".error[data-field=message]")).getText());
        assertEquals("感謝を伝える相手か部署を1つ以上選んでください。",
                panel().findElement(By.cssSelector(".error[data-field=recipients]")).getText());

        WebElement item = thank("yamamoto", "取り消すサンクス");
        WebElement withdraw = item.findElement(By.className("kakehashi-thanks-withdraw"));
        assertEquals("取り消すと一覧から消え、メールも送られません（メールは取り消せる時間が過ぎてから送られます）。",
                withdraw.getAttribute("title"));
        withdraw.click();
        browser.waitUntil(d -> panel().findElement(By.className("kakehashi-thanks-status")).getText()
                .contains("このサンクスのメールは誰にも送られません。"));
        browser.waitUntil(d -> d.findElements(By.cssSelector(".kakehashi-thanks-item")).stream()
                .noneMatch(li -> li.getText().contains("取り消すサンクス")));
        browser.open(SANDBOX.jira().baseUrl() + "/browse/DEMO-5");
        panel();
        browser.waitUntil(d -> "false".equals(d.findElement(By.className("kakehashi-thanks-list")).getAttribute("aria-busy")));
        List<WebElement> items = browser.driver().findElements(By.cssSelector(".kakehashi-thanks-item"));
        assertTrue(items.stream().noneMatch(li -> li.getText().contains("取り消すサンクス")));
    }
}
