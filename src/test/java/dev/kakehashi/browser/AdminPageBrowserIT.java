package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.sandbox.Product;
import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.SandboxPair;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The configuration page in a real browser, in Jira and in Confluence: an administrator adds a department and sees it
 * in Japanese and English, mistakes are explained next to the fields, and hostile names stay text.
 */
@RunWith(Parameterized.class)
public class AdminPageBrowserIT {
    private static final String PAGE = "/plugins/servlet/kakehashi/admin";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> products() {
        return List.of(new Object[] {Product.JIRA}, new Object[] {Product.CONFLUENCE});
    }

    private final Product product;
    @Rule
    public final Browser browser = new Browser();

    public AdminPageBrowserIT(Product product) {
        this.product = product;
    }

    private String baseUrl() {
        return (product == Product.JIRA ? SANDBOX.jira() : SANDBOX.confluence()).baseUrl();
    }

    /** Opens the page, or waits for the open one, until its script shows what the server holds. */
    private void loaded() {
        browser.waitFor(By.cssSelector("#kakehashi-admin[data-loaded=true]"));
    }

    private WebElement row(String tableId, String key) {
        return browser.waitFor(By.cssSelector("#" + tableId + " tr[data-key='" + key + "']"));
    }

    private String cell(WebElement row, String className) {
        return row.findElement(By.className(className)).getText();
    }

    @Test
    public void anAdministratorAddsADepartmentAndSeesItInBothLanguages() throws Exception {
        browser.openAs(baseUrl(), PAGE, "admin", "admin");
        loaded();
        browser.language(baseUrl(), "ja");
        loaded();
        assertEquals("架け橋の設定", browser.waitFor(By.cssSelector("#kakehashi-admin h1")).getText());
        assertEquals("営業", cell(row("kakehashi-departments", "sales"), "kakehashi-name-ja"));

        browser.type(By.id("kakehashi-department-nameJa"), "法務");
        browser.type(By.id("kakehashi-department-nameEn"), "Legal");
        browser.type(By.id("kakehashi-department-groups"), "general-affairs");
        browser.driver().findElement(By.id("kakehashi-department-submit")).click();

        WebElement added = row("kakehashi-departments", "legal");
        assertEquals("法務", cell(added, "kakehashi-name-ja"));
        assertEquals("Legal", cell(added, "kakehashi-name-en"));
        assertEquals("general-affairs", cell(added, "kakehashi-groups"));
        browser.waitUntil(d -> d.findElement(By.id("kakehashi-admin-status")).getText().equals("保存しました。"));
        browser.screenshot(product.key() + "-admin-ja");

        browser.language(baseUrl(), "en");
        loaded();
        assertEquals("Kakehashi configuration", browser.waitFor(By.cssSelector("#kakehashi-admin h1")).getText());
        WebElement afterReload = row("kakehashi-departments", "legal");
        assertEquals("法務", cell(afterReload, "kakehashi-name-ja"));
        assertEquals("Legal", cell(afterReload, "kakehashi-name-en"));
        browser.screenshot(product.key() + "-admin-en");
    }

    @Test
    public void valuesAreEditedMovedAndDeactivatedFromTheTable() {
        browser.openAs(baseUrl(), PAGE, "admin", "admin");
        loaded();
        browser.language(baseUrl(), "en");
        loaded();
        WebElement teamwork = row("kakehashi-values", "teamwork");
        teamwork.findElement(By.className("kakehashi-action-edit")).click();
        browser.type(By.id("kakehashi-value-nameEn"), "Team play");
        browser.driver().findElement(By.id("kakehashi-value-submit")).click();
        browser.waitUntil(d -> cell(row("kakehashi-values", "teamwork"), "kakehashi-name-en").equals("Team play"));

        row("kakehashi-values", "teamwork").findElement(By.className("kakehashi-action-up")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector("#kakehashi-values tbody tr")).get(0)
                .getAttribute("data-key").equals("teamwork"));

        row("kakehashi-values", "challenge").findElement(By.className("kakehashi-action-deactivate")).click();
        browser.waitUntil(d -> row("kakehashi-values", "challenge").getText().toLowerCase().contains("inactive"));

        browser.open(baseUrl() + PAGE);
        loaded();
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#kakehashi-values tbody tr"));
        assertEquals("teamwork", rows.get(0).getAttribute("data-key"));
        assertEquals("kakehashi-inactive", row("kakehashi-values", "challenge").getAttribute("class"));
        assertTrue(row("kakehashi-values", "challenge").findElement(By.className("kakehashi-action-activate")).isDisplayed());
        assertEquals("Move up: チームワーク / Team play",
                row("kakehashi-values", "teamwork").findElement(By.className("kakehashi-action-up")).getAttribute("aria-label"));
    }

    @Test
    public void theThanksPolicyIsCheckedAndSaved() {
        browser.openAs(baseUrl(), PAGE, "admin", "admin");
        loaded();
        browser.language(baseUrl(), "ja");
        loaded();
        browser.type(By.id("kakehashi-policy-dailyLimit"), "0");
        browser.driver().findElement(By.id("kakehashi-policy-submit")).click();
        browser.waitUntil(d -> !d.findElement(By.id("kakehashi-policy-dailyLimit-error")).getText().isEmpty());
        assertEquals("1から1000までの整数を入力してください。",
                browser.driver().findElement(By.id("kakehashi-policy-dailyLimit-error")).getText());

        browser.type(By.id("kakehashi-policy-dailyLimit"), "5");
        browser.type(By.id("kakehashi-policy-withdrawMinutes"), "15");
        browser.driver().findElement(By.id("kakehashi-policy-valueRequired")).click();
        browser.driver().findElement(By.id("kakehashi-policy-submit")).click();
        browser.waitUntil(d -> d.findElement(By.id("kakehashi-admin-status")).getText().equals("保存しました。"));

        browser.open(baseUrl() + PAGE);
        loaded();
        assertEquals("5", browser.waitFor(By.id("kakehashi-policy-dailyLimit")).getAttribute("value"));
        assertEquals("15", browser.driver().findElement(By.id("kakehashi-policy-withdrawMinutes")).getAttribute("value"));
        assertEquals(null, browser.driver().findElement(By.id("kakehashi-policy-valueRequired")).getAttribute("checked"));
    }

    @Test
    public void theRetentionIsChosenFromTheListAndSaved() {
        browser.openAs(baseUrl(), PAGE, "admin", "admin");
        loaded();
        browser.waitUntil(d -> d.findElement(By.id("kakehashi-retention-years")).isEnabled());
        Select years = new Select(browser.driver().findElement(By.id("kakehashi-retention-years")));
        assertEquals("", years.getFirstSelectedOption().getAttribute("value"));
        assertEquals(21, years.getOptions().size());

        years.selectByValue("3");
        browser.driver().findElement(By.id("kakehashi-retention-submit")).click();
        browser.waitUntil(d -> !d.findElement(By.id("kakehashi-admin-status")).getText().isEmpty());

        browser.open(baseUrl() + PAGE);
        loaded();
        browser.waitUntil(d -> d.findElement(By.id("kakehashi-retention-years")).isEnabled());
        years = new Select(browser.driver().findElement(By.id("kakehashi-retention-years")));
        assertEquals("3", years.getFirstSelectedOption().getAttribute("value"));
        years.selectByValue("");
        browser.driver().findElement(By.id("kakehashi-retention-submit")).click();
        browser.waitUntil(d -> d.findElement(By.id("kakehashi-retention-submit")).isEnabled());
        browser.open(baseUrl() + PAGE);
        loaded();
        browser.waitUntil(d -> d.findElement(By.id("kakehashi-retention-years")).isEnabled());
        assertEquals("", new Select(browser.driver().findElement(By.id("kakehashi-retention-years")))
                .getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    public void mistakesAreExplainedNextToTheirFields() {
        browser.openAs(baseUrl(), PAGE, "admin", "admin");
        loaded();
        browser.language(baseUrl(), "ja");
        loaded();
        browser.type(By.id("kakehashi-department-nameEn"), "Sales");
        browser.type(By.id("kakehashi-department-groups"), "no-such-group");
        browser.driver().findElement(By.id("kakehashi-department-submit")).click();

        browser.waitUntil(d -> !d.findElement(By.id("kakehashi-department-nameJa-error")).getText().isEmpty());
        assertEquals("この項目は必須です。", browser.driver().findElement(By.id("kakehashi-department-nameJa-error")).getText());
        assertEquals("名前「Sales」はすでに使われています。",
                browser.driver().findElement(By.id("kakehashi-department-nameEn-error")).getText());
        assertEquals("グループ「no-such-group」は存在しません。",
                browser.driver().findElement(By.id("kakehashi-department-groups-error")).getText());
        assertEquals("true", browser.driver().findElement(By.id("kakehashi-department-nameJa")).getAttribute("aria-invalid"));
    }

    @Test
    public void hostileNamesAreShownAsTextAndRunNoScript() {
        String scriptName = "<script>window.kakehashiXss=1</script>";
        String imageName = "<img src=x onerror=\"window.kakehashiXss=2\">";
        browser.openAs(baseUrl(), PAGE, "admin", "admin");
        loaded();
        browser.type(By.id("kakehashi-value-nameJa"), scriptName);
        browser.type(By.id("kakehashi-value-nameEn"), imageName);
        browser.type(By.id("kakehashi-value-key"), "xss");
        browser.driver().findElement(By.id("kakehashi-value-submit")).click();

        WebElement added = row("kakehashi-values", "xss");
        assertEquals(scriptName, cell(added, "kakehashi-name-ja"));
        browser.open(baseUrl() + PAGE);
        loaded();
        WebElement rendered = row("kakehashi-values", "xss");
        assertEquals(imageName, cell(rendered, "kakehashi-name-en"));
        assertNull(browser.script("return window.kakehashiXss === undefined ? null : window.kakehashiXss;"));
        assertTrue(browser.driver().findElements(By.cssSelector("#kakehashi-values img")).isEmpty());
    }

    /** Jira only: the admin widens who may change a request to Edit Issues and back, and the choice is kept. */
    @Test
    public void whoMayChangeARequestIsChosenOnThePage() {
        org.junit.Assume.assumeTrue(product == Product.JIRA);
        browser.openAs(baseUrl(), PAGE, "admin", "admin");
        loaded();
        browser.language(baseUrl(), "en");
        WebElement form = browser.waitFor(By.cssSelector("#kakehashi-change-policy[data-ready=true]"));
        assertTrue(form.findElement(By.id("kakehashi-change-policy-roles")).isSelected());

        form.findElement(By.id("kakehashi-change-policy-edit-issues")).click();
        form.findElement(By.id("kakehashi-change-policy-save")).click();
        browser.waitUntil(d -> d.findElement(By.className("kakehashi-change-policy-status")).getText().equals("Saved."));
        browser.open(baseUrl() + PAGE);
        WebElement reloaded = browser.waitFor(By.cssSelector("#kakehashi-change-policy[data-ready=true]"));
        assertTrue(reloaded.findElement(By.id("kakehashi-change-policy-edit-issues")).isSelected());

        reloaded.findElement(By.id("kakehashi-change-policy-roles")).click();
        reloaded.findElement(By.id("kakehashi-change-policy-save")).click();
        browser.waitUntil(d -> d.findElement(By.className("kakehashi-change-policy-status")).getText().equals("Saved."));
        assertTrue(browser.driver().findElement(By.id("kakehashi-change-policy-roles")).isSelected());
    }

    @Test
    public void ordinaryUsersCannotOpenThePage() {
        browser.open(baseUrl() + PAGE);
        browser.type(By.id("login-form-username"), "tanaka");
        browser.type(By.id("login-form-password"), "tanaka");
        browser.driver().findElement(By.id("login-form-submit")).click();

        browser.waitUntil(d -> !d.getCurrentUrl().contains("login"));
        assertTrue(browser.driver().findElements(By.id("kakehashi-admin")).isEmpty());
    }
}
