package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.SandboxPair;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The thanks form, list and wall as people meet them, in Japanese and English: messages of an earlier send give way
 * to new errors; "private" is off while a department is chosen, and says why; the department stands apart from the
 * names; names and issues are links; a filter that finds nothing and an unknown person say so; the wall fits a
 * 390 px phone; an admin hides a thanks with a reason, undoes it, and finds it in the list of hidden thanks; the
 * thanks-wall macro's department, value and period are lists in the macro browser.
 */
public class ThanksCareBrowserIT {
    private static final String WALL = "/plugins/servlet/kakehashi/thanks";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    private WebElement panel() {
        return browser.waitFor(By.cssSelector(".kakehashi-thanks[data-ready=true]"));
    }

    private WebElement status() {
        return panel().findElement(By.className("kakehashi-thanks-status"));
    }

    private WebElement item(String text) {
        browser.waitUntil(d -> d.findElements(By.cssSelector(".kakehashi-thanks-item")).stream()
                .anyMatch(li -> li.getText().contains(text)));
        return browser.driver().findElements(By.cssSelector(".kakehashi-thanks-item")).stream()
                .filter(li -> li.getText().contains(text)).findFirst().orElseThrow();
    }

    @Test
    public void theFormClearsOldMessagesRefusesPrivateWithADepartmentAndShowsTheDepartmentApart() throws Exception {
        browser.login(SANDBOX.jira().baseUrl(), "/browse/DEMO-1", "tanaka", "tanaka");
        browser.language(SANDBOX.jira().baseUrl(), "ja");
        WebElement form = panel().findElement(By.className("kakehashi-thanks-form"));
        form.findElement(By.cssSelector("input[name=suggested][value=suzuki]")).click();
        form.findElement(By.cssSelector("input[name=value][value=collaboration]")).click();
        form.findElement(By.name("message")).sendKeys("一通目");
        form.findElement(By.className("kakehashi-thanks-submit")).click();
        browser.waitUntil(d -> status().getText().equals("サンクスを送りました。"));

        panel().findElement(By.className("kakehashi-thanks-submit")).click();
        browser.waitUntil(d -> !panel().findElement(By.cssSelector(".error[data-field=message]")).getText().isEmpty());
        assertEquals("the old success gave way to the new error", "", status().getText());

        WebElement box = panel().findElement(By.name("private"));
        WebElement note = panel().findElement(By.className("kakehashi-thanks-private-note"));
        assertTrue(box.isEnabled());
        assertFalse(note.isDisplayed());
        box.click();
        new Select(panel().findElement(By.name("department"))).selectByValue("development");
        assertFalse("private is off while a department is chosen", box.isEnabled());
        assertFalse(box.isSelected());
        assertTrue(note.isDisplayed());
        assertEquals("部署全体へのサンクスは常に公開されるため、非公開にはできません。", note.getText());
        assertEquals(note.getAttribute("id"), box.getAttribute("aria-describedby"));

        panel().findElement(By.cssSelector("input[name=suggested][value=suzuki]")).click();
        panel().findElement(By.cssSelector("input[name=value][value=collaboration]")).click();
        panel().findElement(By.name("message")).sendKeys("開発部のみなさんと鈴木さんへ");
        panel().findElement(By.className("kakehashi-thanks-submit")).click();
        WebElement sent = item("開発部のみなさんと鈴木さんへ");
        String header = sent.findElement(By.className("kakehashi-thanks-header")).getText().replace("\n", "");
        assertTrue(header, header.endsWith("鈴木 大輔 すずき だいすけ（開発）"));
        assertEquals("（開発）", sent.findElement(By.className("kakehashi-thanks-department")).getText());
        assertTrue("private is offered again after the send", panel().findElement(By.name("private")).isEnabled());
        browser.screenshotAt("jira-issue-thanks-form-ja", ".kakehashi-thanks");

        browser.language(SANDBOX.jira().baseUrl(), "en");
        new Select(panel().findElement(By.name("department"))).selectByValue("sales");
        assertEquals("A thanks to a whole department is always public, so it cannot be private.",
                panel().findElement(By.className("kakehashi-thanks-private-note")).getText());
        assertEquals(" (Development)", item("開発部のみなさんと鈴木さんへ")
                .findElement(By.className("kakehashi-thanks-department")).getAttribute("textContent"));
    }

    @Test
    public void theWallLinksNamesAndIssuesAndSaysWhenAFilterOrPersonFindsNothing() {
        browser.login(SANDBOX.jira().baseUrl(), WALL, "suzuki", "suzuki");
        browser.language(SANDBOX.jira().baseUrl(), "ja");
        WebElement thanked = item("COLLAB-");
        WebElement name = thanked.findElement(By.cssSelector("a.kakehashi-thanks-name"));
        assertTrue(name.getAttribute("href"), name.getAttribute("href").contains(WALL + "?person="));
        WebElement where = thanked.findElement(By.cssSelector(".kakehashi-thanks-where a"));
        assertTrue(where.getAttribute("href"), where.getAttribute("href").contains("/secure/ViewIssue.jspa?id="));
        assertTrue(where.getText(), where.getText().startsWith("COLLAB-"));

        browser.open(SANDBOX.jira().baseUrl() + WALL + "?value=challenge");
        WebElement empty = browser.waitFor(By.cssSelector(".kakehashi-thanks-list .kakehashi-thanks-empty"));
        assertTrue(empty.getText(), empty.getText().startsWith("この条件に合うサンクスはありません。"));
        assertFalse(empty.getText().contains("最初"));
        empty.findElement(By.className("kakehashi-thanks-clear-filter")).click();
        item("COLLAB-");

        browser.open(SANDBOX.jira().baseUrl() + WALL + "?person=nobody-here");
        WebElement unknown = browser.waitFor(By.className("kakehashi-thanks-unknown-person"));
        assertTrue(unknown.getText(), unknown.getText().contains("ユーザー名「nobody-here」の人は見つからない"));
        assertEquals(List.of(), browser.driver().findElements(By.cssSelector(".kakehashi-thanks-item")));
        assertEquals("サンクスウォール", browser.driver().findElement(By.cssSelector(".kakehashi-thanks-wall h1")).getText());

        browser.language(SANDBOX.jira().baseUrl(), "en");
        assertTrue(browser.waitFor(By.className("kakehashi-thanks-unknown-person")).getText()
                .contains("No one with the user name nobody-here is known here"));
        browser.open(SANDBOX.jira().baseUrl() + WALL + "?value=challenge");
        assertTrue(browser.waitFor(By.cssSelector(".kakehashi-thanks-list .kakehashi-thanks-empty")).getText()
                .startsWith("No thanks match this filter."));
    }

    @Test
    public void theWallFitsA390PixelPhone() throws Exception {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.login(SANDBOX.jira().baseUrl(), WALL, "tanaka", "tanaka");
        browser.language(SANDBOX.jira().baseUrl(), "ja");
        item("COLLAB-");
        long viewport = (Long) browser.script("return document.documentElement.clientWidth;");
        assertTrue("the test runs at phone width: " + viewport, viewport <= 390);
        long scroll = (Long) browser.script("return document.documentElement.scrollWidth;");
        assertTrue("no horizontal scroll: " + scroll + " > " + viewport + ", past the edge: " + browser.script(
                "var w = document.documentElement.clientWidth; return Array.prototype.filter.call("
                        + "document.querySelectorAll('body *'), function (e) { return e.getBoundingClientRect().right > w"
                        + " && !e.closest('[hidden]'); }).slice(0, 5).map(function (e) { return e.tagName + '.'"
                        + " + e.className + ' ' + Math.round(e.getBoundingClientRect().right); }).join(', ');"),
                scroll <= viewport);
        for (WebElement control : browser.driver().findElements(By.cssSelector(
                ".kakehashi-thanks-filter select, .kakehashi-thanks-filter button, .kakehashi-thanks-item a"))) {
            long right = (Long) browser.script("return Math.ceil(arguments[0].getBoundingClientRect().right);", control);
            assertTrue("inside the screen: " + control.getText() + " ends at " + right, right <= viewport);
        }
        new Select(browser.driver().findElement(By.cssSelector(".kakehashi-thanks-filter select[name=value]")))
                .selectByValue("collaboration");
        browser.driver().findElement(By.cssSelector(".kakehashi-thanks-filter button")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("value=collaboration"));
        item("COLLAB-");
        browser.screenshot("jira-thanks-wall-390-ja");
    }

    @Test
    public void anAdminHidesWithAReasonUndoesAndSeesTheHiddenList() {
        browser.login(SANDBOX.jira().baseUrl(), "/browse/DEMO-5", "ito", "ito");
        browser.language(SANDBOX.jira().baseUrl(), "ja");
        panel().findElement(By.cssSelector("input[name=suggested]")).click();
        panel().findElement(By.cssSelector("input[name=value][value=collaboration]")).click();
        panel().findElement(By.name("message")).sendKeys("非表示にされるサンクス");
        panel().findElement(By.className("kakehashi-thanks-submit")).click();
        item("非表示にされるサンクス");
        browser.logout();

        browser.login(SANDBOX.jira().baseUrl(), WALL, "admin", "admin");
        browser.language(SANDBOX.jira().baseUrl(), "ja");
        WebElement thanks = item("非表示にされるサンクス");
        thanks.findElement(By.className("kakehashi-thanks-hide")).click();
        WebElement reason = browser.waitFor(By.cssSelector(".kakehashi-thanks-hide-form input[name=reason]"));
        assertEquals(reason, browser.driver().switchTo().activeElement());
        assertEquals("非表示にする理由（必須・送信者に伝えられます）", browser.driver().findElement(
                By.cssSelector("label[for='" + reason.getAttribute("id") + "']")).getText());
        browser.driver().findElement(By.className("kakehashi-thanks-hide-confirm")).click();
        browser.waitUntil(d -> "true".equals(d.findElement(By.cssSelector(".kakehashi-thanks-hide-form input[name=reason]"))
                .getAttribute("aria-invalid")));
        assertEquals("この項目は必須です。", browser.driver().findElement(
                By.cssSelector(".kakehashi-thanks-hide-form .error[data-field=reason]")).getText());
        reason.sendKeys("個人名が含まれているため");
        browser.driver().findElement(By.className("kakehashi-thanks-hide-confirm")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".kakehashi-thanks-item")).stream()
                .noneMatch(li -> li.getText().contains("非表示にされるサンクス")));
        WebElement undo = browser.waitFor(By.cssSelector(".kakehashi-thanks-status .kakehashi-thanks-unhide"));
        assertEquals("元に戻す", undo.getText());
        undo.click();
        item("非表示にされるサンクス");

        item("非表示にされるサンクス").findElement(By.className("kakehashi-thanks-hide")).click();
        browser.waitFor(By.cssSelector(".kakehashi-thanks-hide-form input[name=reason]")).sendKeys("二度目の理由");
        browser.driver().findElement(By.className("kakehashi-thanks-hide-confirm")).click();
        browser.waitFor(By.cssSelector(".kakehashi-thanks-status .kakehashi-thanks-unhide"));

        browser.open(SANDBOX.jira().baseUrl() + WALL);
        WebElement hidden = browser.waitFor(By.cssSelector(".kakehashi-thanks-hidden-item"));
        assertTrue(hidden.getText(), hidden.getText().contains("非表示にされるサンクス"));
        assertTrue(hidden.getText(), hidden.getText().contains("理由: 二度目の理由"));
        assertTrue(hidden.getText(), hidden.getText().contains("Administrator") || hidden.getText().contains("管理者"));
        hidden.findElement(By.className("kakehashi-thanks-unhide")).click();
        browser.waitUntil(d -> d.findElement(By.className("kakehashi-thanks-hidden-status")).getText()
                .equals("サンクスを再び表示しました。"));

        browser.language(SANDBOX.jira().baseUrl(), "en");
        assertEquals("Hidden thanks", browser.waitFor(By.id("kakehashi-thanks-hidden-heading")).getText());
        browser.waitUntil(d -> d.findElement(By.className("kakehashi-thanks-hidden-list")).getText()
                .contains("No thanks are hidden."));
        browser.logout();

        browser.login(SANDBOX.jira().baseUrl(), WALL, "ito", "ito");
        panel();
        assertEquals("only admins have the list", List.of(),
                browser.driver().findElements(By.className("kakehashi-thanks-hidden")));
    }

    @Test
    public void theMacroBrowserOffersTheDepartmentValueAndPeriodAsTranslatedLists() throws Exception {
        browser.login(SANDBOX.confluence().baseUrl(), "/pages/createpage.action?spaceKey=DEMO", "tanaka", "tanaka");
        browser.language(SANDBOX.confluence().baseUrl(), "ja");
        browser.type(By.id("content-title"), "サンクスウォールの設定");
        browser.waitFor(By.id("rte-button-insert-macro")).click();
        browser.waitFor(By.cssSelector("[data-macro-name='thanks-wall']")).click();
        WebElement department = browser.waitFor(By.id("macro-param-department"));
        assertEquals("select", department.getTagName());
        browser.waitUntil(d -> d.findElements(By.cssSelector("#macro-param-department option")).size() > 1);
        Select departments = new Select(department);
        assertEquals("すべての部署", departments.getFirstSelectedOption().getText());
        departments.selectByVisibleText("開発");
        Select period = new Select(browser.driver().findElement(By.id("macro-param-period")));
        assertEquals("過去 30 日間", period.getFirstSelectedOption().getText());
        period.selectByVisibleText("過去 90 日間");
        WebElement value = browser.driver().findElement(By.id("macro-param-value"));
        assertEquals("select", value.getTagName());
        browser.waitUntil(d -> d.findElements(By.cssSelector("#macro-param-value option")).size() > 1);
        Select values = new Select(value);
        assertEquals("すべてのバリュー", values.getFirstSelectedOption().getText());
        values.selectByVisibleText("🤝 協力");
        assertEquals("バリュー", browser.driver().findElement(By.cssSelector("label[for=macro-param-value]")).getText());
        browser.screenshotAt("confluence-thanks-wall-macro-browser-ja", "#macro-browser-dialog");
        browser.waitFor(By.id("macro-browser-insert")).click();
        String storage = (String) browser.script("return document.getElementById('wysiwygTextarea').value;");
        assertTrue(storage, storage.contains("<ac:parameter ac:name=\"department\">development</ac:parameter>"));
        assertTrue(storage, storage.contains("<ac:parameter ac:name=\"period\">90</ac:parameter>"));
        assertTrue(storage, storage.contains("<ac:parameter ac:name=\"value\">collaboration</ac:parameter>"));

        browser.language(SANDBOX.confluence().baseUrl(), "en");
        browser.waitFor(By.id("rte-button-insert-macro")).click();
        browser.waitFor(By.cssSelector("[data-macro-name='thanks-wall']")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector("#macro-param-department option")).size() > 1);
        assertEquals("All departments", new Select(browser.driver().findElement(By.id("macro-param-department")))
                .getFirstSelectedOption().getText());
        assertEquals("Last 30 days", new Select(browser.driver().findElement(By.id("macro-param-period")))
                .getFirstSelectedOption().getText());
        browser.waitUntil(d -> d.findElements(By.cssSelector("#macro-param-value option")).size() > 1);
        assertTrue(new Select(browser.driver().findElement(By.id("macro-param-value"))).getOptions().stream()
                .anyMatch(o -> o.getText().equals("🤝 Collaboration")));
    }
}
