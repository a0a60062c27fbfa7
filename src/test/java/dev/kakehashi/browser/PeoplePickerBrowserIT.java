package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.SandboxPair;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * tanaka picks 鈴木 by typing 「すず」 in the people pickers — found by the host's user search as the sandbox serves it,
 * shown with avatar and department, chosen with the mouse or with the keyboard only — in Japanese and English; a
 * person who may not see the page is marked in the list and the thanks is not sent.
 */
public class PeoplePickerBrowserIT {
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    /** What the picker adds after the field named {@code name} inside {@code scope}: list, chips, live region. */
    private WebElement pickerOf(String scope, String name) {
        By picker = By.cssSelector(scope + " [name=" + name + "][data-ready=true] + .kakehashi-picker");
        browser.waitUntil(d -> !d.findElements(picker).isEmpty());
        return browser.driver().findElement(picker);
    }

    /** The field itself, now a combobox. */
    private WebElement field(String scope, String name) {
        return browser.driver().findElement(By.cssSelector(scope + " [name=" + name + "]"));
    }

    private String value(String scope, String name) {
        return (String) browser.script("return document.querySelector(arguments[0]).value;",
                scope + " [name=" + name + "]");
    }

    private WebElement option(WebElement picker, String text) {
        browser.waitUntil(d -> picker.findElements(By.cssSelector("[role=option]")).stream()
                .anyMatch(o -> o.getText().contains(text)));
        return picker.findElements(By.cssSelector("[role=option]")).stream()
                .filter(o -> o.getText().contains(text)).findFirst().orElseThrow();
    }

    @Test
    public void tanakaPicksSuzukiByTypingSuzuInTheThanksFormInJapanese() throws Exception {
        browser.login(SANDBOX.jira().baseUrl(), "/browse/DEMO-1", "tanaka", "tanaka");
        browser.language(SANDBOX.jira().baseUrl(), "ja");
        WebElement picker = pickerOf(".kakehashi-thanks-form", "others");
        WebElement box = field(".kakehashi-thanks-form", "others");
        assertEquals("combobox", box.getAttribute("role"));

        box.sendKeys("すず");
        WebElement suzuki = option(picker, "鈴木");
        assertEquals("true", box.getAttribute("aria-expanded"));
        assertTrue(suzuki.getText(), suzuki.getText().contains("開発"));
        assertTrue(suzuki.findElement(By.tagName("img")).getAttribute("src").endsWith("/sandbox/avatar/suzuki.svg"));
        suzuki.click();

        assertEquals("suzuki, ", value(".kakehashi-thanks-form", "others"));
        browser.waitUntil(d -> picker.findElement(By.className("kakehashi-picker-chip")).getText().contains("鈴木"));
        browser.screenshotAt("people-picker-ja", ".kakehashi-thanks-form");
        assertEquals("false", box.getAttribute("aria-expanded"));
        WebElement form = browser.waitFor(By.className("kakehashi-thanks-form"));
        form.findElement(By.cssSelector("input[name=value][value=collaboration]")).click();
        form.findElement(By.name("message")).sendKeys("ピッカーから選びました");
        form.findElement(By.className("kakehashi-thanks-submit")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".kakehashi-thanks-item")).stream()
                .anyMatch(li -> li.getText().contains("ピッカーから選びました") && li.getText().contains("鈴木")));
    }

    @Test
    public void theRequestRolesAndDepartmentsArePickedWithTheKeyboardOnlyInEnglish() throws Exception {
        browser.login(SANDBOX.jira().baseUrl(), "/plugins/servlet/kakehashi/collaboration/new", "tanaka", "tanaka");
        browser.language(SANDBOX.jira().baseUrl(), "en");
        WebElement picker = pickerOf("#kakehashi-request-new-form", "partnerContact");
        WebElement box = field("#kakehashi-request-new-form", "partnerContact");
        assertEquals("the label still points at the field", "kakehashi-request-contact", box.getAttribute("id"));
        assertEquals("combobox", box.getAttribute("role"));

        box.sendKeys("すず");
        option(picker, "鈴木");
        box.sendKeys(Keys.ARROW_DOWN);
        String active = box.getAttribute("aria-activedescendant");
        assertTrue(active, active != null && !active.isEmpty());
        assertEquals("true", browser.driver().findElement(By.id(active)).getAttribute("aria-selected"));
        box.sendKeys(Keys.ARROW_UP, Keys.ENTER);

        assertEquals("suzuki", value("#kakehashi-request-new-form", "partnerContact"));
        assertEquals("false", box.getAttribute("aria-expanded"));
        browser.waitUntil(d -> picker.findElement(By.className("kakehashi-picker-chip")).getText()
                .contains("Development"));
        browser.waitUntil(d -> picker.findElement(By.cssSelector("[aria-live]")).getText().contains("chosen"));

        WebElement department = pickerOf("#kakehashi-request-new-form", "partnerDepartment");
        WebElement departmentBox = department.findElement(By.cssSelector("input[role=combobox]"));
        assertEquals("Partner department: find by name in Japanese or English", departmentBox.getAttribute("aria-label"));
        departmentBox.sendKeys("開");
        option(department, "Development");
        departmentBox.sendKeys(Keys.ENTER);
        assertEquals("development", value("#kakehashi-request-new-form", "partnerDepartment"));

        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "sato");
        option(picker, "佐藤");
        box.sendKeys(Keys.ESCAPE);
        assertEquals("false", box.getAttribute("aria-expanded"));
        assertEquals("a user name typed is the field's value, as without the script", "sato",
                value("#kakehashi-request-new-form", "partnerContact"));
        browser.waitUntil(d -> picker.findElement(By.className("kakehashi-picker-chip")).getText().contains("佐藤"));
        browser.screenshotAt("people-picker-en", "#kakehashi-request-new-form");
    }

    @Test
    public void someoneWhoCannotSeeThePageIsMarkedAndTheThanksIsRefused() throws Exception {
        browser.login(SANDBOX.confluence().baseUrl(), "/pages/viewpage.action?pageId=65542", "tanaka", "tanaka");
        browser.language(SANDBOX.confluence().baseUrl(), "ja");
        WebElement picker = pickerOf(".kakehashi-thanks-form", "others");
        WebElement box = field(".kakehashi-thanks-form", "others");

        box.sendKeys("すず");
        WebElement suzuki = option(picker, "鈴木");
        browser.waitUntil(d -> suzuki.getText().contains("このページを閲覧できません"));
        suzuki.click();
        browser.waitUntil(d -> picker.findElement(By.className("kakehashi-picker-chip")).getText()
                .contains("このページを閲覧できません"));

        WebElement form = browser.waitFor(By.className("kakehashi-thanks-form"));
        form.findElement(By.cssSelector("input[name=value][value=collaboration]")).click();
        form.findElement(By.name("message")).sendKeys("届かないはずのサンクス");
        form.findElement(By.className("kakehashi-thanks-submit")).click();

        WebElement error = picker.findElement(By.className("kakehashi-picker-error"));
        browser.waitUntil(d -> error.getText().contains("鈴木"));
        assertTrue(error.getText(), error.getText().contains("このページを閲覧できません"));
        assertEquals("true", box.getAttribute("aria-invalid"));
        Thread.sleep(500);
        assertTrue("nothing was sent", browser.driver().findElements(By.cssSelector(".kakehashi-thanks-item")).stream()
                .noneMatch(li -> li.getText().contains("届かないはずのサンクス")));
    }

    @Test
    public void aGoalsContactAndDepartmentArePickedOnTheGoalForm() throws Exception {
        String base = SANDBOX.confluence().baseUrl();
        browser.login(base, "/pages/viewpage.action?pageId=65538", "tanaka", "tanaka");
        browser.language(base, "ja");
        browser.waitFor(By.id("editPageLink")).click();
        browser.waitFor(By.id("wysiwygTextarea"));
        browser.script("var t = document.getElementById('wysiwygTextarea'); t.focus();"
                + "t.setSelectionRange(t.value.length, t.value.length);");
        browser.waitFor(By.id("rte-button-insert-macro")).click();
        browser.waitFor(By.cssSelector("#macro-browser-dialog:not([hidden]) [data-macro-name='shared-goal']")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector("#macro-param-goal option")).size() > 1);
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("macro-param-goal")))
                .selectByValue("");
        browser.driver().findElement(By.id("macro-browser-insert")).click();
        browser.driver().findElement(By.id("rte-button-publish")).click();

        String row = ".kakehashi-goal-create-form .kakehashi-goal-participant[data-row='1']";
        WebElement contactPicker = pickerOf(row, "contact");
        WebElement contact = field(row, "contact");
        contact.sendKeys("すず");
        option(contactPicker, "鈴木").click();
        assertEquals("suzuki", value(row, "contact"));
        browser.waitUntil(d -> contactPicker.findElement(By.className("kakehashi-picker-chip")).getText()
                .contains("開発"));

        WebElement departmentPicker = pickerOf(row, "department");
        WebElement find = departmentPicker.findElement(By.cssSelector("input[role=combobox]"));
        find.sendKeys("dev");
        option(departmentPicker, "開発").click();
        assertEquals("development", value(row, "department"));
    }
}
