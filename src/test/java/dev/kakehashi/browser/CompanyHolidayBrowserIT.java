package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.sandbox.SandboxHost;
import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.SandboxPair;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The holiday list on the configuration page, in Japanese and in English: an administrator picks a year, sees the
 * national holidays with the substitute holiday, adds a company day (a mistaken date explained next to its field, a
 * name full of markup shown as text), removes a national holiday, restores that one day, and restores them all.
 */
@RunWith(Parameterized.class)
public class CompanyHolidayBrowserIT {
    private static final String XSS = "<img src=x onerror=\"window.kkHolidayXss=1\">年末";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> languages() {
        return List.of(new Object[] {"ja"}, new Object[] {"en"});
    }

    private final String lang;
    @Rule
    public final Browser browser = new Browser();

    public CompanyHolidayBrowserIT(String lang) {
        this.lang = lang;
    }

    private boolean ja() {
        return lang.equals("ja");
    }

    private String text(String cssSelector) {
        return browser.driver().findElement(By.cssSelector(cssSelector)).getText();
    }

    private void showYear(String year) {
        browser.waitUntil(d -> "true".equals(d.findElement(By.id("kakehashi-holidays")).getAttribute("data-loaded")));
        new Select(browser.driver().findElement(By.id("kakehashi-holidays-year"))).selectByValue(year);
        browser.waitUntil(d -> "true".equals(d.findElement(By.id("kakehashi-holidays")).getAttribute("data-loaded"))
                && d.findElement(By.id("kakehashi-holidays-caption")).getText().contains(year));
    }

    /** The lozenge of a day's row as written (the lozenge's style shows it in capitals). */
    private static String kind(WebDriver d, String date) {
        return d.findElement(By.cssSelector("tr[data-date='" + date + "'] .aui-lozenge")).getAttribute("textContent");
    }

    private static boolean loaded(WebDriver d) {
        return "true".equals(d.findElement(By.id("kakehashi-holidays")).getAttribute("data-loaded"));
    }

    @Test
    public void anAdministratorAddsACompanyDayRemovesANationalHolidayAndRestoresIt() throws Exception {
        SandboxHost jira = SANDBOX.jira();
        String companyDay = ja() ? "2026-12-29" : "2026-12-30";
        browser.openAs(jira.baseUrl(), "/plugins/servlet/kakehashi/admin", "admin", "admin");
        browser.language(jira.baseUrl(), lang);
        browser.waitFor(By.id("kakehashi-holidays-heading"));
        assertEquals(ja() ? "休日" : "Holidays", text("#kakehashi-holidays-heading"));
        assertTrue(text("#kakehashi-holidays-intro"), text("#kakehashi-holidays-intro").contains("2027"));
        assertTrue(browser.driver().findElement(By.id("kakehashi-calendar-skip-holidays")).isDisplayed());

        showYear("2027");
        assertEquals("振替休日", text("tr[data-date='2027-03-22'] .kakehashi-name-ja"));
        showYear("2026");
        assertEquals(ja() ? "国民の祝日" : "National holiday", kind(browser.driver(), "2026-05-06"));

        browser.type(By.id("kakehashi-holiday-date"), companyDay.replace('-', '/'));
        browser.type(By.id("kakehashi-holiday-nameJa"), XSS);
        browser.type(By.id("kakehashi-holiday-nameEn"), "Year-end holiday");
        browser.driver().findElement(By.id("kakehashi-holiday-submit")).click();
        browser.waitUntil(d -> !d.findElement(By.id("kakehashi-holiday-date-error")).getText().isEmpty());
        assertEquals(ja() ? "日付は 2026-12-29 のように YYYY-MM-DD の形で入力してください。"
                : "Enter the date as YYYY-MM-DD, for example 2026-12-29.", text("#kakehashi-holiday-date-error"));
        assertEquals("true", browser.driver().findElement(By.id("kakehashi-holiday-date"))
                .getAttribute("aria-invalid"));

        browser.type(By.id("kakehashi-holiday-date"), companyDay);
        browser.driver().findElement(By.id("kakehashi-holiday-submit")).click();
        By added = By.cssSelector("tr[data-date='" + companyDay + "'] .kakehashi-name-ja");
        browser.waitUntil(d -> loaded(d) && !d.findElements(added).isEmpty());
        assertEquals(XSS, browser.driver().findElement(added).getText());
        assertEquals(ja() ? "会社の休日" : "Company day",
                kind(browser.driver(), companyDay));
        assertNull("the name is text, not markup", browser.script("return window.kkHolidayXss;"));
        assertTrue(browser.driver().findElements(By.cssSelector("#kakehashi-holidays-table img")).isEmpty());

        browser.driver().findElement(By.cssSelector("tr[data-date='2026-05-06'] .kakehashi-holiday-remove")).click();
        browser.waitUntil(d -> loaded(d)
                && kind(d, "2026-05-06").equals(ja() ? "削除済み（出勤日）" : "Removed: a working day"));
        assertTrue("no remove button on a removed day", browser.driver().findElements(
                By.cssSelector("tr[data-date='2026-05-06'] .kakehashi-holiday-remove")).isEmpty());
        browser.screenshotAt("admin-holidays-" + lang, "#kakehashi-holidays");

        By restoreOne = By.cssSelector("tr[data-date='2026-05-06'] .kakehashi-holiday-restore");
        assertEquals(ja() ? "元に戻す" : "Restore", browser.driver().findElement(restoreOne).getText());
        browser.driver().findElement(restoreOne).click();
        browser.waitUntil(d -> loaded(d)
                && kind(d, "2026-05-06").equals(ja() ? "国民の祝日" : "National holiday"));
        assertEquals(ja() ? "この日を休日に戻しました。" : "The day is a holiday again.",
                text("#kakehashi-admin-status"));
        assertTrue("no restore button on a day in force", browser.driver().findElements(restoreOne).isEmpty());
        browser.driver().findElement(By.cssSelector("tr[data-date='2026-05-06'] .kakehashi-holiday-remove")).click();
        browser.waitUntil(d -> loaded(d)
                && kind(d, "2026-05-06").equals(ja() ? "削除済み（出勤日）" : "Removed: a working day"));

        browser.driver().findElement(By.id("kakehashi-holidays-restore")).click();
        browser.waitUntil(d -> loaded(d)
                && kind(d, "2026-05-06").equals(ja() ? "国民の祝日" : "National holiday"));
        assertEquals(ja() ? "国民の祝日を元に戻しました。" : "The national holidays are restored.",
                text("#kakehashi-admin-status"));
    }
}
