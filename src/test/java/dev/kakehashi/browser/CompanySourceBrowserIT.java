package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import org.junit.After;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * One company across both products in a real browser, in Japanese: the administrator makes Jira the source and
 * Confluence a follower, adds a department in Jira, presses 今すぐ同期 in Confluence and finds it there, in a list that
 * Confluence no longer lets them edit and that says where to edit it.
 */
public class CompanySourceBrowserIT {
    private static final String PAGE = "/plugins/servlet/kakehashi/admin";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    private void loaded() {
        browser.waitFor(By.cssSelector("#kakehashi-admin[data-loaded=true]"));
    }

    private WebElement row(String key) {
        return browser.waitFor(By.cssSelector("#kakehashi-departments tr[data-key='" + key + "']"));
    }

    @After
    public void confluenceHoldsItsOwnAgain() {
        new Http(SANDBOX.confluence().baseUrl()).as("admin", "admin")
                .putJson("/rest/kakehashi/1.0/admin/company-source", "{\"role\":\"source\"}");
    }

    @Test
    public void theAdministratorMakesJiraTheSourceAndConfluenceCopiesItsDepartmentsReadOnly() throws Exception {
        String jira = SANDBOX.jira().baseUrl();
        String confluence = SANDBOX.confluence().baseUrl();

        browser.openAs(jira, PAGE, "admin", "admin");
        browser.language(jira, "ja");
        loaded();
        assertTrue("Jira holds its own lists until an admin chooses",
                browser.waitFor(By.id("kakehashi-company-source")).isSelected());

        browser.openAs(confluence, PAGE, "admin", "admin");
        browser.language(confluence, "ja");
        loaded();
        browser.driver().findElement(By.cssSelector("label[for=kakehashi-company-follower]")).click();
        browser.driver().findElement(By.id("kakehashi-company-submit")).click();
        WebElement managed = browser.waitFor(By.id("kakehashi-company-managed"));
        assertTrue(managed.getText(), managed.getText().startsWith("管理元: Jira — 最終同期 "));

        browser.open(jira + PAGE);
        loaded();
        browser.type(By.id("kakehashi-department-nameJa"), "広報");
        browser.type(By.id("kakehashi-department-nameEn"), "Public Relations");
        browser.type(By.id("kakehashi-department-key"), "pr");
        browser.driver().findElement(By.id("kakehashi-department-submit")).click();
        row("pr");

        browser.open(confluence + PAGE);
        loaded();
        assertTrue(browser.driver().findElements(By.cssSelector("#kakehashi-departments tr[data-key='pr']"))
                .isEmpty());
        browser.driver().findElement(By.id("kakehashi-company-sync")).click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#kakehashi-departments tr[data-key='pr']")).isEmpty());
        loaded();

        assertEquals("広報", row("pr").findElement(By.className("kakehashi-name-ja")).getText());
        WebElement form = browser.driver().findElement(By.id("kakehashi-department-form"));
        assertFalse("the form shows only to change a department's groups", form.isDisplayed());
        assertEquals("only an edit button in a row: no order or active changes here", 1,
                row("pr").findElements(By.tagName("button")).size());
        row("pr").findElement(By.className("kakehashi-action-edit")).click();
        assertTrue(form.isDisplayed());
        assertEquals("true", browser.driver().findElement(By.id("kakehashi-department-nameJa"))
                .getAttribute("readonly"));
        WebElement groups = browser.driver().findElement(By.id("kakehashi-department-groups"));
        groups.clear();
        groups.sendKeys("sales");
        browser.driver().findElement(By.id("kakehashi-department-submit")).click();
        browser.waitUntil(d -> "sales".equals(row("pr").findElement(By.className("kakehashi-groups")).getText()));
        loaded();
        assertFalse(form.isDisplayed());
        assertTrue(browser.driver().findElements(By.id("kakehashi-policy-submit")).isEmpty());
        WebElement edit = browser.waitFor(By.id("kakehashi-company-edit-link"));
        assertEquals("Jira で編集する", edit.getText());
        assertEquals(jira + PAGE, edit.getAttribute("href"));
        browser.screenshot("company-source-confluence-ja");
    }
}
