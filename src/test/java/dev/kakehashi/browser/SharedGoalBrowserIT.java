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
        assertEquals("the picker speaks Japanese", "(なし: ページ上で作成)", browser.driver()
                .findElement(By.cssSelector("#macro-param-goal option[value='']")).getText());
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
        assertTrue("a decreasing number reads as now, target and direction",
                card().findElement(By.className("kakehashi-goal-progress-text")).getText()
                        .contains("現在 80件 → 目標 60件（減らす）"));
        card().findElement(By.className("kakehashi-goal-history-toggle")).click();
        browser.waitUntil(d -> card().findElements(By.className("kakehashi-goal-history-row")).size() == 3);
        List<WebElement> history = card().findElements(By.className("kakehashi-goal-history-row"));
        assertTrue("newest first", history.get(0).getText().contains("テンプレート回答を整備"));
        assertTrue(history.get(1).getText().contains("FAQ を 5 件公開しました"));
        assertTrue(history.get(1).getText().contains("注意"));
        assertTrue(history.get(2).getText().contains("目標を作成しました。"));
        browser.screenshotAt("confluence-shared-goal-ja", ".kakehashi-goal-card");

        browser.logout();
        browser.login(base(), "/pages/viewpage.action?pageId=65538", "yamamoto", "yamamoto");
        card().findElement(By.className("kakehashi-goal-edit-toggle")).click();
        WebElement edit = browser.waitFor(By.cssSelector(".kakehashi-goal-edit-form[data-filled=true]"));
        assertFalse("a contact does not hand the goal on", edit.findElement(By.name("owner")).isEnabled());
        assertEquals("tanaka", edit.findElement(By.name("owner")).getAttribute("value"));
        edit.findElement(By.className("kakehashi-goal-add-department")).click();
        List<WebElement> editRows = edit.findElements(By.className("kakehashi-goal-participant"));
        assertEquals(5, editRows.size());
        WebElement fifth = editRows.get(4).findElement(By.name("department"));
        assertEquals(fifth.getAttribute("id"), editRows.get(4).findElement(By.tagName("label")).getAttribute("for"));
        assertEquals("the added row has one picker box per field, its own", 2,
                editRows.get(4).findElements(By.className("kakehashi-picker")).size());
        WebElement fifthContact = editRows.get(4).findElement(By.name("contact"));
        assertEquals(fifthContact.getAttribute("id") + "-listbox", fifthContact.getAttribute("aria-controls"));
        fill(editRows.get(4), "marketing", "", "展示会で FAQ を配る");
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
        assertTrue("a fifth department", card().getText().contains("マーケティング"));
    }

    /** Tag and classes of every element of a row, status colours and the overdue lozenge left out. */
    private String structure(WebElement row) {
        return (String) browser.script("return Array.from(arguments[0].querySelectorAll('*'))"
                + ".filter(function (e) { return !e.closest('.kakehashi-goals-overdue'); })"
                + ".map(function (e) { return e.tagName + '.' + Array.from(e.classList).filter(function (c) {"
                + " return !/^aui-lozenge-(success|moved|error|complete|subtle)$/.test(c)"
                + " && !/^kakehashi-goals-span-/.test(c); }).sort().join('.'); }).join(' ');", row);
    }

    @Test
    public void aTimelineOfGoalsLoadsLaterRowsDrawnLikeTheFirst() throws Exception {
        browser.login(base(), "/pages/createpage.action?spaceKey=DEMO", "tanaka", "tanaka");
        browser.language(base(), "ja");
        browser.waitFor(By.id("content-title")).sendKeys("目標のタイムライン");
        browser.script("var t = document.getElementById('wysiwygTextarea'); t.focus();");
        insertMacro("shared-goals");
        Select view = new Select(browser.driver().findElement(By.id("macro-param-view")));
        assertTrue(view.getOptions().stream().anyMatch(o -> o.getText().equals("タイムライン")));
        Select status = new Select(browser.driver().findElement(By.id("macro-param-status")));
        assertTrue("values under translated names", status.getOptions().stream()
                .anyMatch(o -> o.getText().equals("順調") && o.getAttribute("value").equals("on-track")));
        view.selectByValue("timeline");
        browser.driver().findElement(By.id("macro-param-space")).sendKeys("DEMO");
        WebElement size = browser.driver().findElement(By.id("macro-param-size"));
        size.clear();
        size.sendKeys("1");
        browser.driver().findElement(By.id("macro-browser-insert")).click();
        assertTrue(browser.driver().findElement(By.id("wysiwygTextarea")).getAttribute("value")
                .contains("<ac:parameter ac:name=\"view\">timeline</ac:parameter>"));
        browser.driver().findElement(By.id("rte-button-publish")).click();

        WebElement list = browser.waitFor(By.cssSelector(".kakehashi-goals[data-ready=true]"));
        assertEquals(1, list.findElements(By.className("kakehashi-goals-row")).size());
        assertTrue(list.findElement(By.className("kakehashi-goals-months")).getText().contains("月"));
        assertEquals(1, list.findElements(By.cssSelector(".kakehashi-goals-row .kakehashi-goals-today")).size());
        list.findElement(By.className("kakehashi-goals-more")).click();
        browser.waitUntil(d -> list.findElements(By.className("kakehashi-goals-row")).size() == 2);

        List<WebElement> rows = list.findElements(By.className("kakehashi-goals-row"));
        WebElement loaded = rows.get(1);
        assertEquals("a loaded row is drawn like a first-page row", structure(rows.get(0)), structure(loaded));
        assertTrue(loaded.findElement(By.cssSelector("[role=progressbar]")).getAttribute("aria-valuenow")
                .matches("\\d+"));
        assertTrue(loaded.findElement(By.className("kakehashi-goals-status-lozenge")).getAttribute("class")
                .matches(".*aui-lozenge-(success|moved|error|complete|subtle).*"));
        assertTrue(loaded.findElement(By.className("kakehashi-goals-span")).getAttribute("class")
                .contains("kakehashi-goals-span-" + loaded.getAttribute("data-status")));
        assertTrue("the period as text", loaded.findElement(By.className("kakehashi-goals-period")).getText()
                .matches("\\d{4}-\\d{2}-\\d{2} – \\d{4}-\\d{2}-\\d{2}"));
        browser.screenshotAt("confluence-shared-goals-timeline-ja", ".kakehashi-goals");
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
