package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.platform.ao.AoModel;
import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.SandboxPair;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The admin page's export and import section in a real browser: an export runs with a progress bar that assistive
 * technology can read and ends with a download; a document from a newer Kakehashi is refused with the reason.
 */
public class TransferBrowserIT {
    private static final String PAGE = "/plugins/servlet/kakehashi/admin";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    private WebElement section() {
        return browser.waitFor(By.cssSelector("#kakehashi-transfer[data-ready=true]"));
    }

    @Test
    public void anExportShowsItsProgressAndEndsWithADownload() throws Exception {
        browser.openAs(SANDBOX.jira().baseUrl(), PAGE, "admin", "admin");
        browser.language(SANDBOX.jira().baseUrl(), "ja");
        section();
        browser.driver().findElement(By.id("kakehashi-transfer-export")).click();
        browser.waitFor(By.cssSelector("#kakehashi-transfer[data-job-state=done]"));

        WebElement bar = browser.driver().findElement(By.id("kakehashi-transfer-progress"));
        assertEquals("progressbar", bar.getAttribute("role"));
        assertEquals("100", bar.getAttribute("aria-valuenow"));
        String status = browser.driver().findElement(By.id("kakehashi-transfer-status")).getText();
        assertTrue(status, status.startsWith("エクスポートが完了しました"));
        assertEquals("polite", browser.driver().findElement(By.id("kakehashi-transfer-status"))
                .getAttribute("aria-live"));
        WebElement download = browser.driver().findElement(By.id("kakehashi-transfer-download"));
        assertTrue(download.isDisplayed());
        assertTrue(download.getAttribute("href"), download.getAttribute("href").endsWith("/document"));
        browser.screenshotAt("jira-admin-transfer-ja", "#kakehashi-transfer");
        browser.language(SANDBOX.jira().baseUrl(), "en");
    }

    @Test
    public void aDocumentFromANewerKakehashiIsRefusedWithTheReason() throws Exception {
        Path document = Files.createTempFile("kakehashi-newer", ".json");
        try {
            Files.writeString(document, "{\"format\":\"kakehashi-export\",\"modelVersion\":" + (AoModel.VERSION + 1)
                    + ",\"product\":\"jira\",\"source\":\"elsewhere\",\"tables\":[],\"rowCount\":0}",
                    StandardCharsets.UTF_8);
            browser.openAs(SANDBOX.jira().baseUrl(), PAGE, "admin", "admin");
            section();
            browser.driver().findElement(By.id("kakehashi-transfer-file")).sendKeys(document.toString());
            browser.driver().findElement(By.id("kakehashi-transfer-import")).click();
            browser.driver().switchTo().alert().accept();
            browser.waitUntil(d -> d.findElement(By.id("kakehashi-transfer-error")).isDisplayed());
            String error = browser.driver().findElement(By.id("kakehashi-transfer-error")).getText();
            assertTrue(error, error.contains("newer version of Kakehashi"));
            assertEquals("alert", browser.driver().findElement(By.id("kakehashi-transfer-error")).getAttribute("role"));
        } finally {
            Files.deleteIfExists(document);
        }
    }
}
