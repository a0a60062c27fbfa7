package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.SandboxPair;
import java.time.LocalDate;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A demo user of 営業 asks 開発 for one small thing: creates the request, walks it through the six steps, is stopped
 * with a clear message while the benefit for the partner is missing, thanks the partner at step 5 and proposes a
 * follow-up at step 6.
 */
public class CollaborationBrowserIT {
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    private WebElement panel() {
        return browser.waitFor(By.cssSelector(".kakehashi-request[data-ready=true]"));
    }

    private int currentStep() {
        return Integer.parseInt(panel().findElement(By.cssSelector(".aui-progress-tracker-step-current"))
                .getAttribute("data-step"));
    }

    /** Clicks "move on" and waits for the reloaded panel at the next step. */
    private void advanceTo(int step) {
        panel().findElement(By.id("kakehashi-request-advance")).click();
        browser.waitUntil(d -> {
            try {
                return currentStep() == step;
            } catch (RuntimeException stale) {
                return false;
            }
        });
    }

    private void setValue(String id, String value) {
        browser.script("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    /**
     * COLLAB-1 (営業 asks 開発; tanaka, suzuki and sato in its roles): ito and guest may see it but not change it, so
     * they get no buttons; yoshida, who administers the project, gets them.
     */
    @Test
    public void onlyThoseWhoMayChangeARequestSeeItsButtons() {
        String base = SANDBOX.jira().baseUrl();
        for (String outsider : java.util.List.of("ito", "guest")) {
            browser.logout();
            browser.openAs(base, "/browse/COLLAB-1", outsider, outsider);
            WebElement panel = panel();
            assertTrue(outsider, panel.findElements(By.cssSelector(".kakehashi-request-actions button")).isEmpty());
            assertTrue(outsider, panel.findElements(By.id("kakehashi-request-edit-form")).isEmpty());
        }
        browser.logout();
        browser.openAs(base, "/browse/COLLAB-1", "yoshida", "yoshida");
        assertTrue(panel().findElement(By.id("kakehashi-request-advance")).isDisplayed());
    }

    @Test
    public void aRequestFromSalesToDevelopmentThroughAllSixSteps() throws Exception {
        String base = SANDBOX.jira().baseUrl();
        browser.login(base, "/secure/Dashboard.jspa", "tanaka", "tanaka");
        browser.language(base, "ja");
        browser.waitFor(By.id("kakehashi-new-request-link")).click();
        WebElement form = browser.waitFor(By.cssSelector(".kakehashi-request-new[data-ready=true] form"));
        assertEquals("新しい連携依頼", browser.driver().findElement(By.cssSelector(".kakehashi-request-new h1")).getText());
        new Select(form.findElement(By.id("kakehashi-request-project"))).selectByValue("COLLAB");
        form.findElement(By.id("kakehashi-request-create")).click();
        WebElement errors = browser.waitFor(By.cssSelector("#kakehashi-request-new-form .kakehashi-form-errors:not([hidden])"));
        assertEquals("the error summary comes first in the form", errors, form.findElement(By.xpath("./*[1]")));
        assertEquals("and takes the focus", errors, browser.driver().switchTo().activeElement());
        WebElement summaryLink = errors.findElement(By.cssSelector("a[href='#kakehashi-request-summary']"));
        WebElement summaryField = form.findElement(By.id("kakehashi-request-summary"));
        assertEquals("true", summaryField.getAttribute("aria-invalid"));
        String describedBy = form.findElement(By.id("kakehashi-request-scope")).getAttribute("aria-describedby");
        assertTrue(describedBy, describedBy.contains("kakehashi-request-scope-description")
                && describedBy.contains("kakehashi-request-scope-error"));
        assertEquals(summaryLink.getText(), form.findElement(By.id("kakehashi-request-summary-error")).getText());
        summaryLink.click();
        assertEquals("a message leads to its field", summaryField, browser.driver().switchTo().activeElement());
        assertEquals(1, form.findElements(By.className("kakehashi-form-errors")).size());
        form.findElement(By.id("kakehashi-request-summary")).sendKeys("提案資料テンプレートのレビューを開発部に依頼");
        assertEquals("the requester's own department is chosen", "sales",
                new Select(form.findElement(By.id("kakehashi-request-from"))).getFirstSelectedOption().getAttribute("value"));
        new Select(form.findElement(By.id("kakehashi-request-to"))).selectByValue("development");
        form.findElement(By.id("kakehashi-request-purpose")).sendKeys("顧客の声を提案資料に反映し、受注率を上げる");
        form.findElement(By.id("kakehashi-request-scope")).sendKeys("テンプレート 1 点を 30 分でレビューしてもらう");
        form.findElement(By.id("kakehashi-request-contact")).sendKeys("suzuki");
        form.findElement(By.id("kakehashi-request-owner")).sendKeys("sato");
        setValue("kakehashi-request-due", LocalDate.now().plusDays(14).toString());
        browser.screenshotAt("jira-new-request-ja", ".kakehashi-request-new");
        form.findElement(By.id("kakehashi-request-create")).click();

        browser.waitUntil(d -> d.getCurrentUrl().contains("/browse/COLLAB-"));
        String requestUrl = browser.driver().getCurrentUrl();
        assertEquals(1, currentStep());
        assertTrue(panel().getText(), panel().getText().contains("共同作業依頼: 営業 → 開発"));
        advanceTo(2);

        panel().findElement(By.id("kakehashi-request-advance")).click();
        WebElement refusal = browser.waitFor(By.cssSelector(".kakehashi-request-move-errors:not([hidden])"));
        assertTrue(refusal.getText(), refusal.getText().contains("まだ「合意 (相手のメリット提示済み)」に進めません"));
        assertTrue(refusal.getText(), refusal.getText().contains("相手部署のメリット"));
        browser.screenshotAt("jira-request-refused-ja", ".kakehashi-request");
        browser.driver().navigate().refresh();
        assertEquals("still at step 2", 2, currentStep());

        panel().findElement(By.id("kakehashi-request-edit")).click();
        WebElement edit = browser.waitFor(By.cssSelector("#kakehashi-request-edit-form:not([hidden])"));
        edit.findElement(By.id("kakehashi-request-benefit")).sendKeys("開発部も顧客の生の声を設計に活かせる");
        edit.findElement(By.id("kakehashi-request-save")).click();
        browser.waitUntil(d -> {
            try {
                return panel().getText().contains("開発部も顧客の生の声を設計に活かせる");
            } catch (RuntimeException stale) {
                return false;
            }
        });
        advanceTo(3);
        advanceTo(4);

        WebElement result = panel().findElement(By.id("kakehashi-request-result-form"));
        result.findElement(By.id("kakehashi-request-result-link")).sendKeys("https://wiki.example/display/SALES/review");
        result.findElement(By.id("kakehashi-request-share")).click();
        browser.waitUntil(d -> {
            try {
                return !panel().findElements(By.cssSelector(".kakehashi-request-result a")).isEmpty();
            } catch (RuntimeException stale) {
                return false;
            }
        });
        advanceTo(5);

        panel().findElement(By.id("kakehashi-request-thank")).click();
        WebElement thanksForm = browser.waitFor(By.cssSelector(".kakehashi-thanks[data-ready=true] .kakehashi-thanks-form"));
        assertEquals("development", new Select(thanksForm.findElement(By.name("department")))
                .getFirstSelectedOption().getAttribute("value"));
        boolean suggested = (Boolean) browser.script("var s = arguments[0].querySelector("
                + "'input[name=suggested][value=suzuki]'); return s ? s.checked : arguments[0].elements.others.value"
                + ".indexOf('suzuki') >= 0;", thanksForm);
        assertTrue("the partner contact is filled in", suggested);
        thanksForm.findElement(By.cssSelector("input[name=value][value=collaboration]")).click();
        thanksForm.findElement(By.name("message")).sendKeys("丁寧なレビューをありがとうございました!");
        thanksForm.findElement(By.className("kakehashi-thanks-submit")).click();
        browser.script("window.kakehashiSamePage = true;");
        browser.waitUntil(d -> d.findElements(By.cssSelector(".kakehashi-thanks-item")).stream()
                .anyMatch(li -> li.getText().contains("丁寧なレビュー")));
        browser.waitFor(By.cssSelector(".kakehashi-request-thanked"));
        assertTrue("nothing missing any more, without a page load", panel().findElements(
                By.className("kakehashi-request-missing")).isEmpty() && Boolean.TRUE.equals(
                browser.script("return window.kakehashiSamePage === true;")));
        assertTrue(panel().getText(), panel().getText().contains("「次の連携を提案」に進めます"));
        browser.driver().navigate().refresh();
        browser.waitFor(By.cssSelector(".kakehashi-request-thanked"));
        browser.screenshotAt("jira-request-panel-ja", ".kakehashi-request");
        advanceTo(6);

        WebElement followUp = panel().findElement(By.id("kakehashi-request-follow-up-form"));
        followUp.findElement(By.id("kakehashi-request-follow-up-summary")).sendKeys("営業資料 3 点のレビューに広げる");
        followUp.findElement(By.id("kakehashi-request-follow-up-purpose")).sendKeys("前回の成果を他の資料にも広げる");
        followUp.findElement(By.id("kakehashi-request-follow-up-scope")).sendKeys("営業資料 3 点を 1 時間でレビュー");
        followUp.findElement(By.id("kakehashi-request-follow-up")).click();
        browser.waitUntil(d -> !d.getCurrentUrl().equals(requestUrl) && d.getCurrentUrl().contains("/browse/COLLAB-"));
        assertEquals(1, currentStep());
        String followUpUrl = browser.driver().getCurrentUrl();
        String followUpKey = followUpUrl.substring(followUpUrl.lastIndexOf('/') + 1);
        assertTrue(panel().getText(), panel().getText().contains("営業資料 3 点を 1 時間でレビュー"));
        String originalKey = requestUrl.substring(requestUrl.lastIndexOf('/') + 1);
        assertEquals(originalKey, panel().findElement(By.cssSelector(".kakehashi-request-follows a")).getText());
        browser.open(requestUrl);
        assertEquals("the request names its follow-up instead of offering another", followUpKey,
                browser.waitFor(By.id("kakehashi-request-follow-up-link")).getText());
        assertTrue(panel().findElements(By.id("kakehashi-request-follow-up-form")).isEmpty());
        browser.open(followUpUrl);

        browser.language(base, "en");
        assertTrue(panel().getText(), panel().getText().contains("Joint-task request: Sales → Development"));
        assertTrue(panel().getText().contains("Step 1 of 6"));
    }

    @Test
    public void thePanelShowsTheHistoryBetweenTheTwoDepartments() {
        String base = SANDBOX.jira().baseUrl();
        browser.login(base, "/issues/?jql=" + java.net.URLEncoder.encode(
                "issue in collaborationRequests(\"between=sales,development\")", java.nio.charset.StandardCharsets.UTF_8),
                "sato", "sato");
        browser.language(base, "en");
        WebElement row = browser.waitFor(By.cssSelector("#issuetable tr.issuerow"));
        String key = row.getAttribute("data-issuekey");
        browser.open(base + "/browse/" + key);

        WebElement partnership = browser.waitFor(By.cssSelector(".kakehashi-request-partnership[data-loaded=true]"));

        assertTrue(partnership.getText(), partnership.getText().contains("Thanks in the last year"));
    }
}
