package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Where Jira shows a request: a board quick filter by step works on the requests' indexed issue property, and the
 * partner's "requests to my department" page lists tanaka's request to 開発 for suzuki, in Japanese and English, its
 * requesting department linked to that department's profile.
 */
public class RequestListBrowserIT {
    private static final String STEP_THREE = "顧客からの機能要望を月次で開発部へ共有する";
    private static final String STEP_FIVE = "よくある問い合わせ上位 10 件の再現手順をまとめる";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    private List<String> cards() {
        return browser.driver().findElements(By.cssSelector(".ghx-issue .ghx-summary")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    public void theQuickFilterStepThreeShowsOnlyRequestsAtStepThree() {
        String base = SANDBOX.jira().baseUrl();
        browser.login(base, "/secure/Dashboard.jspa", "tanaka", "tanaka");
        browser.language(base, "ja");
        browser.waitFor(By.id("greenhopper_menu")).click();
        browser.waitFor(By.id("js-work-quickfilters"));
        int everyCard = cards().size();
        assertTrue(cards().contains(STEP_THREE));
        assertTrue(cards().contains(STEP_FIVE));

        WebElement stepThree = browser.driver().findElement(By.cssSelector(".js-quickfilter-button[data-filter-id='3']"));
        assertEquals("Step 3", stepThree.getText());
        assertEquals("false", stepThree.getAttribute("aria-pressed"));
        stepThree.sendKeys(Keys.ENTER);
        browser.waitUntil(d -> "true".equals(d.findElement(By.cssSelector(".js-quickfilter-button[data-filter-id='3']"))
                .getAttribute("aria-pressed")));

        List<String> atStepThree = cards();
        assertTrue(atStepThree.toString(), atStepThree.contains(STEP_THREE));
        assertFalse(atStepThree.toString(), atStepThree.contains(STEP_FIVE));
        assertTrue(browser.driver().findElements(By.id("ghx-errors")).isEmpty());
        assertTrue(atStepThree.size() < everyCard);
        browser.driver().findElement(By.cssSelector(".js-quickfilter-button[data-filter-id='3']")).click();
        browser.waitUntil(d -> "false".equals(d.findElement(By.cssSelector(
                ".js-quickfilter-button[data-filter-id='3']")).getAttribute("aria-pressed")));
        assertTrue(cards().contains(STEP_FIVE));
    }

    @Test
    public void suzukiSeesTanakasRequestInRequestsToMyDepartmentInBothLanguages() {
        HttpResponse<String> created = SANDBOX.jira("tanaka").postJson("/rest/kakehashi/1.0/collaboration/requests",
                "{\"projectKey\":\"COLLAB\",\"summary\":\"新製品の FAQ を開発部に確認してもらう\",\"kind\":\"joint-task\","
                        + "\"requestingDepartment\":\"sales\",\"partnerDepartment\":\"development\",\"purpose\":\"目的\","
                        + "\"scope\":\"FAQ 5 問\",\"helpKind\":\"\",\"partnerBenefit\":\"\",\"partnerContact\":\"suzuki\","
                        + "\"decisionOwner\":\"\",\"dueDate\":\"" + LocalDate.now().plusDays(7) + "\"}");
        assertEquals(created.body(), 201, created.statusCode());
        String key = Http.json(created).get("issueKey").asText();
        String base = SANDBOX.jira().baseUrl();

        browser.login(base, "/secure/Dashboard.jspa", "suzuki", "suzuki");
        browser.language(base, "ja");
        browser.waitFor(By.id("kakehashi-request-list-link")).click();
        WebElement row = browser.waitFor(By.cssSelector(".kakehashi-request-row[data-issue-key='" + key + "']"));
        assertEquals("自部署への依頼", browser.driver().findElement(By.cssSelector(".kakehashi-request-list h1")).getText());
        assertTrue(row.getText(), row.getText().contains("新製品の FAQ を開発部に確認してもらう"));
        assertTrue(row.getText(), row.getText().contains("営業"));
        WebElement section = row.findElement(By.xpath("ancestor::section[@data-step]"));
        assertEquals("1", section.getAttribute("data-step"));
        assertTrue(section.findElement(By.tagName("h2")).getText().startsWith("ステップ 1"));
        assertEquals("page", browser.driver().findElement(By.id("kakehashi-requests-to")).getAttribute("aria-current"));

        browser.language(base, "en");
        row = browser.waitFor(By.cssSelector(".kakehashi-request-row[data-issue-key='" + key + "']"));
        assertEquals("Requests to my department",
                browser.driver().findElement(By.cssSelector(".kakehashi-request-list h1")).getText());
        assertTrue(row.getText(), row.getText().contains("Sales"));
        assertTrue(row.findElement(By.xpath("ancestor::section[@data-step]//h2")).getText().startsWith("Step 1: Define the request"));

        browser.driver().findElement(By.id("kakehashi-requests-from")).sendKeys(Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().contains("side=from"));
        assertEquals("Requests from my department",
                browser.driver().findElement(By.cssSelector(".kakehashi-request-list h1")).getText());
        assertFalse(browser.driver().getPageSource().contains("data-issue-key=\"" + key + "\""));

        browser.driver().navigate().back();
        WebElement sales = browser.waitFor(By.cssSelector(".kakehashi-request-row[data-issue-key='" + key
                + "'] a.kakehashi-department-link"));
        assertEquals("Sales", sales.getText());
        sales.click();
        assertTrue(browser.waitFor(By.id("kakehashi-profile-heading-sales")).getText().contains("Sales"));
        assertTrue(browser.driver().getCurrentUrl(),
                browser.driver().getCurrentUrl().endsWith("/plugins/servlet/kakehashi/departments/sales"));
    }
}
