package dev.kakehashi.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.rules.ExternalResource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages, driven by Selenium, with the
 * few steps every screen test needs: log in, confirm the password for WebSudo, choose a language. A JUnit rule: one
 * browser for each test.
 */
public final class Browser extends ExternalResource implements AutoCloseable {
    private static final String CHROMIUM = System.getProperty("kakehashi.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("kakehashi.chromedriver", "/usr/bin/chromedriver");

    private WebDriver driver;
    private Path profile;

    /** Chromium starts before each test of the class that holds this rule and quits after it. */
    @Override
    protected void before() throws IOException {
        profile = Files.createTempDirectory("kakehashi-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=ja", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits for a condition; the script re-renders tables, so elements that went stale are looked up again. */
    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    public void type(By locator, String text) {
        WebElement field = waitFor(locator);
        field.clear();
        field.sendKeys(text);
    }

    /** Logs in on the host's login page and lands on the given page. */
    public void login(String baseUrl, String path, String user, String password) {
        open(baseUrl + path);
        if (!driver.findElements(By.id("login-form-username")).isEmpty()) {
            type(By.id("login-form-username"), user);
            type(By.id("login-form-password"), password);
            driver.findElement(By.id("login-form-submit")).click();
        }
        waitUntil(d -> !d.findElements(By.id("login-form-username")).isEmpty() == false);
    }

    /** Forgets the logged-in user, so that the next page asks again. */
    public void logout() {
        driver.manage().deleteAllCookies();
    }

    /** Opens a page of the sandbox as this user: logs in on the host's login page, and confirms WebSudo if asked. */
    public void openAs(String baseUrl, String path, String user, String password) {
        open(baseUrl + path);
        if (!driver.findElements(By.id("login-form-username")).isEmpty()) {
            type(By.id("login-form-username"), user);
            type(By.id("login-form-password"), password);
            driver.findElement(By.id("login-form-submit")).click();
        }
        waitUntil(d -> !d.findElements(By.id("websudo-password")).isEmpty()
                || d.getCurrentUrl().contains(path));
        if (!driver.findElements(By.id("websudo-password")).isEmpty()) {
            type(By.id("websudo-password"), password);
            driver.findElement(By.id("websudo-submit")).click();
        }
        waitUntil(d -> d.getCurrentUrl().contains(path));
    }

    /** Sets the sandbox's language (ja or en) and reloads the current page. */
    public void language(String baseUrl, String lang) {
        String current = driver.getCurrentUrl();
        String returnTo = current.substring(current.indexOf(baseUrl) + baseUrl.length());
        open(baseUrl + "/sandbox/lang?lang=" + lang + "&returnUrl="
                + java.net.URLEncoder.encode(returnTo, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Runs a script in the page; its {@code arguments[i]} are the given values (elements, text, numbers). */
    public Object script(String javascript, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Saves a PNG of the window scrolled to the element matching the CSS selector. */
    public Path screenshotAt(String name, String cssSelector) throws IOException {
        Path target = screenshot(name);
        script("var e = document.querySelector('" + cssSelector + "'); if (e) { e.scrollIntoView(true); window.scrollBy(0, -60); }");
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Saves a PNG of the top of the page to target/screenshots/NAME.png. */
    public Path screenshot(String name) throws IOException {
        script("window.scrollTo(0, 0); if (document.activeElement) { document.activeElement.blur(); }");
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    protected void after() {
        close();
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
