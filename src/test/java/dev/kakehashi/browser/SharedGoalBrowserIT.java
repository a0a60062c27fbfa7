package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A demo user inserts the shared-goal macro on a Confluence page, creates a goal shared by 営業 and カスタマーサポート,
 * posts two updates and sees the card and its chart change; the support contact edits it; someone outside a space
 * sees nothing of its goals.
 */
public class SharedGoalBrowserIT {
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    private String base() {
        return SANDBOX.confluence().baseUrl();
    }

    /** Opens the macro browser in the editor, picks the macro and lets the test fill its parameters. */
    private void insertMacro(String name) {
        browser.waitFor(By.id("rte-button-insert-macro")).click();
        browser.waitFor(By.cssSelector("#macro-browser-dialog:not([hidden]) [data-macro-name='" + name + "']")).click();
        browser.waitFor(By.id("macro-browser-form"));
    }

    private WebElement card() {
        return browser.waitFor(By.cssSelector(".kakehashi-goal[data-ready=true] .kakehashi-goal-card"));
    }

    private int chartPoints() {
        return card().findElements(By.cssSelector(".kakehashi-goal-chart circle")).size();
    }

    private void postUpdate(String value, String status, String comment, int pointsAfter) {
        WebElement card = card();
        card.findElement(By.className("kakehashi-goal-update-toggle")).click();
        WebElement form = browser.waitFor(By.cssSelector(".kakehashi-goal-update-form:not([hidden])"));
        WebElement input = form.findElement(By.name("value"));
        input.clear();
        input.sendKeys(value);
        new Select(form.findElement(By.name("status"))).selectByValue(status);
        form.findElement(By.name("comment")).sendKeys(comment);
        form.findElement(By.className("kakehashi-goal-update-submit")).click();
        browser.waitUntil(d -> {
            try {
                return chartPoints() == pointsAfter;
            } catch (RuntimeException stale) {
                return false;
            }
        });
    }

    @Test
    public void aGoalSharedBySalesAndSupportIsCreatedOnAPageUpdatedTwiceAndEditedByAContact() throws Exception {
        browser.login(base(), "/pages/viewpage.action?pageId=65538", "tanaka", "tanaka");
        browser.language(base(), "ja");
        browser.waitFor(By.id("editPageLink")).click();
        browser.waitFor(By.id("wysiwygTextarea"));
        browser.script("var t = document.getElementById('wysiwygTextarea'); t.focus();"
                + "t.setSelectionRange(t.value.length, t.value.length);");
        insertMacro("shared-goal");
        browser.waitUntil(d -> d.findElements(By.cssSelector("#macro-param-goal option")).size() > 1);
        new Select(browser.driver().findElement(By.id("macro-param-goal"))).selectByValue("");
        browser.driver().findElement(By.id("macro-browser-insert")).click();
        assertTrue(browser.driver().findElement(By.id("wysiwygTextarea")).getAttribute("value")
                .contains("ac:name=\"shared-goal\""));
        browser.driver().findElement(By.id("rte-button-publish")).click();

        WebElement create = browser.waitFor(By.cssSelector(".kakehashi-goal[data-ready=true] .kakehashi-goal-create-form"));
        create.findElement(By.name("title")).sendKeys("問い合わせの一次回答を 24 時間以内に");
        List<WebElement> rows = create.findElements(By.className("kakehashi-goal-participant"));
        fill(rows.get(0), "sales", "sato", "導入時の説明資料を見直す");
        fill(rows.get(1), "support", "yamamoto", "よくある質問を毎週共有する");
        create.findElement(By.name("startValue")).clear();
        create.findElement(By.name("startValue")).sendKeys("120");
        create.findElement(By.name("targetValue")).sendKeys("60");
        create.findElement(By.name("unit")).sendKeys("件");
        browser.script("arguments[0].elements.dueDate.value = '2027-03-31';", create);
        create.findElement(By.className("kakehashi-goal-create-submit")).click();

        assertTrue(card().getText(), card().getText().contains("問い合わせの一次回答を 24 時間以内に"));
        assertEquals("0", card().findElement(By.className("kakehashi-goal-bar")).getAttribute("aria-valuenow"));
        assertEquals(1, chartPoints());
        assertTrue(card().getText().contains("営業"));
        assertTrue(card().getText().contains("カスタマーサポート"));

        postUpdate("100", "at-risk", "FAQ を 5 件公開しました", 2);
        assertEquals("33", card().findElement(By.className("kakehashi-goal-bar")).getAttribute("aria-valuenow"));
        assertEquals("at-risk", card().findElement(By.className("kakehashi-goal-status")).getAttribute("data-status"));
        String lineAfterOne = card().findElement(By.className("kakehashi-goal-line")).getAttribute("points");

        postUpdate("80", "on-track", "テンプレート回答を整備", 3);
        assertEquals("67", card().findElement(By.className("kakehashi-goal-bar")).getAttribute("aria-valuenow"));
        assertFalse("the chart changed", lineAfterOne.equals(
                card().findElement(By.className("kakehashi-goal-line")).getAttribute("points")));
        assertTrue(card().findElement(By.className("kakehashi-goal-latest")).getText().contains("テンプレート回答を整備"));
        browser.screenshotAt("confluence-shared-goal-ja", ".kakehashi-goal-card");

        browser.logout();
        browser.login(base(), "/pages/viewpage.action?pageId=65538", "yamamoto", "yamamoto");
        card().findElement(By.className("kakehashi-goal-edit-toggle")).click();
        WebElement edit = browser.waitFor(By.cssSelector(".kakehashi-goal-edit-form[data-filled=true]"));
        WebElement title = edit.findElement(By.name("title"));
        title.clear();
        title.sendKeys("問い合わせの一次回答を 12 時間以内に");
        edit.findElement(By.className("kakehashi-goal-edit-submit")).click();
        browser.waitUntil(d -> {
            try {
                return card().getText().contains("12 時間以内に");
            } catch (RuntimeException stale) {
                return false;
            }
        });
        assertEquals("progress is kept", "67",
                card().findElement(By.className("kakehashi-goal-bar")).getAttribute("aria-valuenow"));
    }

    private static void fill(WebElement row, String department, String contact, String contribution) {
        new Select(row.findElement(By.name("department"))).selectByValue(department);
        row.findElement(By.name("contact")).sendKeys(contact);
        row.findElement(By.name("contribution")).sendKeys(contribution);
    }

    @Test
    public void someoneOutsideASpaceSeesNothingOfItsGoals() throws Exception {
        Http tanaka = new Http(base()).as("tanaka", "tanaka");
        assertEquals(201, tanaka.postJson("/rest/kakehashi/1.0/goals", dev.kakehashi.e2e.GoalRestIT.goal("SALES",
                "営業部だけの秘密の目標")).statusCode());
        browser.login(base(), "/pages/createpage.action?spaceKey=DEMO", "tanaka", "tanaka");
        browser.language(base(), "en");
        browser.waitFor(By.id("content-title")).sendKeys("All shared goals");
        browser.script("var t = document.getElementById('wysiwygTextarea'); t.focus();");
        insertMacro("shared-goals");
        browser.driver().findElement(By.id("macro-param-space")).sendKeys("*");
        browser.driver().findElement(By.id("macro-browser-insert")).click();
        browser.driver().findElement(By.id("rte-button-publish")).click();
        WebElement list = browser.waitFor(By.cssSelector(".kakehashi-goals[data-ready=true]"));
        assertTrue("the sales member sees it", list.getText().contains("営業部だけの秘密の目標"));
        String page = browser.driver().getCurrentUrl();
        browser.screenshotAt("confluence-shared-goals-en", ".kakehashi-goals");

        browser.logout();
        browser.login(base(), page.substring(page.indexOf(base()) + base().length()), "kato", "kato");
        WebElement forKato = browser.waitFor(By.cssSelector(".kakehashi-goals[data-ready=true]"));
        assertFalse(forKato.getText().contains("営業部だけの秘密の目標"));
        assertTrue("other goals are listed", forKato.findElements(By.className("kakehashi-goals-row")).size() > 0);
        browser.open(base() + "/display/SALES");
        assertFalse(browser.driver().findElement(By.tagName("body")).getText().contains("営業部だけの秘密の目標"));
    }
}
