package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.SandboxPair;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * tanaka (営業) opens 開発's profile, in Japanese and in English, and asks 開発 for help: the new-request page opens
 * with 開発 as the partner and the kind 開発 asks for, and the request is created. In Confluence the profile macro's
 * button leads to the same page of the linked Jira; 開発's contact changes the profile on the page.
 */
public class ProfileBrowserIT {
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    private static final String PROFILE = "/plugins/servlet/kakehashi/departments/development";

    private WebElement profile() {
        return browser.waitFor(By.cssSelector(".kakehashi-profile[data-ready=true]"));
    }

    private WebElement newRequestForm() {
        return browser.waitFor(By.cssSelector(".kakehashi-request-new[data-ready=true] form"));
    }

    private void asksDevelopmentForHelp(String lang, String heading, String ask, String summary)
            throws java.io.IOException {
        String base = SANDBOX.jira().baseUrl();
        browser.login(base, "/secure/Dashboard.jspa", "tanaka", "tanaka");
        browser.language(base, lang);
        browser.waitFor(By.id("kakehashi-departments-link")).click();
        browser.waitFor(By.cssSelector(".kakehashi-profile-departments a[href$='/departments/development']")).click();
        WebElement profile = profile();
        assertEquals(heading, profile.findElement(By.tagName("h2")).getText());
        assertTrue(profile.getText(), profile.getText().contains("鈴木 大輔"));
        assertTrue("no edit button for a non-contact",
                profile.findElements(By.className("kakehashi-profile-edit")).isEmpty());
        assertTrue("staleness is for contacts", profile.findElements(By.className("aui-lozenge-moved")).isEmpty());
        WebElement button = profile.findElement(By.className("kakehashi-profile-ask"));
        assertEquals(ask, button.getText());
        browser.screenshotAt("jira-department-profile-" + lang, ".kakehashi-profile");
        button.click();

        WebElement form = newRequestForm();
        assertEquals("the partner is filled in", "development",
                new Select(form.findElement(By.id("kakehashi-request-to"))).getFirstSelectedOption()
                        .getAttribute("value"));
        assertEquals("the requester's own department", "sales",
                new Select(form.findElement(By.id("kakehashi-request-from"))).getFirstSelectedOption()
                        .getAttribute("value"));
        assertTrue("the kind 開発 asks for", form.findElement(By.id("kakehashi-request-kind-small-poc")).isSelected());
        new Select(form.findElement(By.id("kakehashi-request-project"))).selectByValue("COLLAB");
        form.findElement(By.id("kakehashi-request-summary")).sendKeys(summary);
        form.findElement(By.id("kakehashi-request-purpose")).sendKeys("問い合わせの多い画面を試作で確かめる");
        form.findElement(By.id("kakehashi-request-scope")).sendKeys("画面 1 つの試作を 1 週間で");
        browser.script("document.getElementById('kakehashi-request-due').value = arguments[0];",
                LocalDate.now().plusDays(14).toString());
        form.findElement(By.id("kakehashi-request-create")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/browse/COLLAB-"));
        WebElement panel = browser.waitFor(By.cssSelector(".kakehashi-request[data-ready=true]"));
        assertTrue(panel.getText(), panel.getText().contains(lang.equals("ja") ? "営業 → 開発" : "Sales → Development"));
    }

    @Test
    public void tanakaAsksDevelopmentForHelpFromItsProfileInJapanese() throws Exception {
        asksDevelopmentForHelp("ja", "開発の部署カルテ", "この部署に依頼する", "試作の依頼");
    }

    @Test
    public void tanakaAsksDevelopmentForHelpFromItsProfileInEnglish() throws Exception {
        asksDevelopmentForHelp("en", "Development: department profile", "Ask this department", "A prototype");
    }

    @Test
    public void theConfluenceMacroLeadsToJiraAndTheContactChangesTheProfile() throws Exception {
        String confluence = SANDBOX.confluence().baseUrl();
        String page = "/display/DEMO/" + URLEncoder.encode("部署カルテ", StandardCharsets.UTF_8);
        browser.login(confluence, page, "suzuki", "suzuki");
        browser.language(confluence, "ja");
        WebElement profile = profile();
        String ask = profile.findElement(By.className("kakehashi-profile-ask")).getAttribute("href");
        assertTrue(ask, ask.startsWith(SANDBOX.jira().baseUrl()
                + "/plugins/servlet/kakehashi/collaboration/new?partner=development&kind=small-poc"));
        assertEquals("the stale challenge is marked for its contact", 1,
                profile.findElements(By.className("aui-lozenge-moved")).size());

        profile.findElement(By.className("kakehashi-profile-edit")).click();
        WebElement form = profile.findElement(By.className("kakehashi-profile-form"));
        WebElement help = form.findElement(By.name("helpJa"));
        help.clear();
        help.sendKeys("<img src=x onerror=alert(1)> 試作のお手伝い");
        WebElement review = form.findElements(By.name("challengeReview")).get(1);
        browser.script("arguments[0].value = arguments[1];", review, LocalDate.now().plusDays(30).toString());
        form.findElement(By.className("kakehashi-profile-save")).click();
        browser.waitUntil(d -> {
            try {
                return profile().findElements(By.className("kakehashi-profile-form")).size() == 1
                        && profile().findElement(By.className("kakehashi-profile-help")).getText()
                        .contains("試作のお手伝い");
            } catch (RuntimeException stale) {
                return false;
            }
        });
        WebElement saved = profile();
        assertEquals("<img src=x onerror=alert(1)> 試作のお手伝い",
                saved.findElement(By.className("kakehashi-profile-help")).getText());
        assertTrue(saved.findElements(By.cssSelector(".kakehashi-profile-help img")).isEmpty());
        assertEquals("no challenge is stale any more", 0, saved.findElements(By.className("aui-lozenge-moved")).size());
    }

    @Test
    public void theMacroBrowserOffersTheDepartmentsAsAList() {
        String confluence = SANDBOX.confluence().baseUrl();
        browser.login(confluence, "/pages/createpage.action?spaceKey=DEMO", "tanaka", "tanaka");
        browser.language(confluence, "ja");
        browser.type(By.id("content-title"), "営業の部署カルテ");
        browser.waitFor(By.id("rte-button-insert-macro")).click();
        browser.waitFor(By.cssSelector("[data-macro-name='department-profile']")).click();
        WebElement department = browser.waitFor(By.id("macro-param-department"));
        assertEquals("select", department.getTagName());
        browser.waitUntil(d -> d.findElements(By.cssSelector("#macro-param-department option")).size() > 1);
        Select departments = new Select(department);
        assertEquals("部署を選択", departments.getFirstSelectedOption().getText());
        departments.selectByVisibleText("営業");
        browser.waitFor(By.id("macro-browser-insert")).click();
        String storage = (String) browser.script("return document.getElementById('wysiwygTextarea').value;");
        assertTrue(storage, storage.contains("<ac:parameter ac:name=\"department\">sales</ac:parameter>"));
    }
}
