package dev.kakehashi.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.SandboxPair;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The sandbox's page editor and macro-browser emulation in a real browser: the dialog lists the plugin's macros,
 * builds the parameter form (standard fields, and the plugin's override for {@code shared-goal}), inserts the macro
 * in storage format at the cursor with escaped values and without defaults, and Save stores the page.
 */
public class MacroBrowserSandboxBrowserIT {
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    private String storage() {
        return (String) browser.script("return document.getElementById('wysiwygTextarea').value;");
    }

    @Test
    public void aMacroIsInsertedThroughTheDialogAndSaved() {
        browser.login(SANDBOX.confluence().baseUrl(), "/pages/createpage.action?spaceKey=DEMO", "tanaka", "tanaka");
        browser.type(By.id("content-title"), "マクロの挿入テスト");
        browser.waitFor(By.id("rte-button-insert-macro")).click();
        WebElement dialog = browser.waitFor(By.id("macro-browser-dialog"));
        assertTrue(dialog.isDisplayed());
        dialog.findElement(By.cssSelector("[data-macro-name='shared-goals']")).click();
        browser.waitFor(By.id("macro-param-div-space"));
        assertEquals("select", browser.waitFor(By.id("macro-param-sort")).getTagName());
        assertEquals("due", new Select(browser.driver().findElement(By.id("macro-param-sort")))
                .getFirstSelectedOption().getAttribute("value"));
        browser.type(By.id("macro-param-space"), "DEMO");
        browser.type(By.id("macro-param-label"), "a\"<b>&");
        new Select(browser.driver().findElement(By.id("macro-param-status"))).selectByValue("at-risk");
        browser.waitFor(By.id("macro-browser-insert")).click();
        assertEquals("<ac:structured-macro ac:name=\"shared-goals\"><ac:parameter ac:name=\"space\">DEMO"
                + "</ac:parameter><ac:parameter ac:name=\"status\">at-risk</ac:parameter>"
                + "<ac:parameter ac:name=\"label\">a&quot;&lt;b&gt;&amp;</ac:parameter></ac:structured-macro>",
                storage());
        assertTrue(!browser.driver().findElement(By.id("macro-browser-dialog")).isDisplayed());

        browser.script("var t = document.getElementById('wysiwygTextarea'); t.value = '<p>前</p><p>後</p>' + t.value;"
                + "t.selectionStart = t.selectionEnd = 8;");
        browser.driver().findElement(By.id("rte-button-insert-macro")).click();
        browser.waitFor(By.cssSelector("[data-macro-name='shared-goal']")).click();
        WebElement goal = browser.waitFor(By.id("macro-param-goal"));
        assertEquals("the plugin's override builds the goal field", "select", goal.getTagName());
        assertTrue(goal.getAttribute("class").contains("macro-param-input"));
        browser.waitUntil(d -> d.findElements(By.cssSelector("#macro-param-goal option")).size() > 1);
        Select goals = new Select(goal);
        String id = goals.getOptions().get(1).getAttribute("value");
        goals.selectByValue(id);
        browser.driver().findElement(By.id("macro-browser-insert")).click();
        assertTrue(storage(), storage().startsWith("<p>前</p><ac:structured-macro ac:name=\"shared-goal\">"
                + "<ac:parameter ac:name=\"goal\">" + id + "</ac:parameter></ac:structured-macro><p>後</p>"));

        browser.driver().findElement(By.id("rte-button-publish")).click();
        browser.waitFor(By.id("title-text"));
        assertEquals("マクロの挿入テスト", browser.driver().findElement(By.id("title-text")).getText());
        assertTrue(browser.driver().findElements(By.cssSelector(".sandbox-macro-error")).isEmpty());
        assertTrue(browser.driver().findElements(By.cssSelector(".sandbox-unknown-macro")).isEmpty());
    }
}
