package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.SandboxPair;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * tanaka names the attendees of meeting notes in the wizard with the people picker, in Japanese and English: types
 * 「すず」, picks 鈴木, and the created page names 鈴木 as a link to the person; a name of nobody and a person who may
 * not view the space are refused with the reason, and the dialog stays open.
 */
public class MeetingAttendeesBrowserIT {
    private static final String WIZARD = "?createDialog=true&createDialogBlueprintKey="
            + "dev.kakehashi.kakehashi:meeting-notes-blueprint&createDialogSpaceKey=";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    private String confluence() {
        return SANDBOX.confluence().baseUrl();
    }

    /** Opens the meeting-notes wizard in a space, its departments loaded and its attendees picker started. */
    private WebElement openWizard(String spaceKey) {
        browser.open(confluence() + "/display/DEMO/Home" + WIZARD + spaceKey);
        WebElement form = browser.waitFor(By.cssSelector(".kakehashi-blueprint-form[data-kind='meeting-notes']"));
        browser.waitFor(By.cssSelector(".kakehashi-blueprint-department-list[data-ready=true]"));
        browser.waitFor(By.cssSelector("[name=kakehashiAttendees][data-ready=true] + .kakehashi-picker"));
        for (String department : List.of("sales", "development")) {
            form.findElement(By.cssSelector("input[name=kakehashiDepartment][value='" + department + "']")).click();
        }
        return form;
    }

    private WebElement attendees(WebElement form) {
        return form.findElement(By.name("kakehashiAttendees"));
    }

    private WebElement picker(WebElement form) {
        return form.findElement(By.cssSelector("[name=kakehashiAttendees] + .kakehashi-picker"));
    }

    /** Types part of a name and clicks the person in the list; returns the option's text as shown. */
    private String pick(WebElement form, String typed, String shown) {
        attendees(form).sendKeys(typed);
        WebElement picker = picker(form);
        browser.waitUntil(d -> picker.findElements(By.cssSelector("[role=option]")).stream()
                .anyMatch(o -> o.getText().contains(shown)));
        WebElement option = picker.findElements(By.cssSelector("[role=option]")).stream()
                .filter(o -> o.getText().contains(shown)).findFirst().orElseThrow();
        String text = option.getText();
        option.click();
        browser.waitUntil(d -> picker.findElements(By.className("kakehashi-picker-chip")).stream()
                .anyMatch(c -> c.getText().contains(shown)));
        return text;
    }

    /**
     * Presses Create until the attendees are checked (a name just typed is looked up first: meanwhile the wizard says
     * it is still checking) and returns the refusal shown below the field.
     */
    private String refusal(WebElement form, String expected) {
        By slot = By.cssSelector(".error[data-field=kakehashiAttendees]");
        browser.waitUntil(d -> {
            d.findElement(By.id("create-dialog-create")).click();
            return form.findElement(slot).getText().contains(expected);
        });
        return form.findElement(slot).getText();
    }

    /** Creates the draft, publishes it and returns the link the page shows for suzuki. */
    private WebElement createAndPublish() {
        browser.driver().findElement(By.id("create-dialog-create")).click();
        WebElement editor = browser.waitFor(By.id("wysiwygTextarea"));
        String suzuki = SANDBOX.confluence().services().directory().byUsername("suzuki").orElseThrow().key();
        assertTrue(editor.getAttribute("value"), editor.getAttribute("value")
                .contains("<ac:link><ri:user ri:userkey=\"" + suzuki + "\""));
        browser.waitFor(By.cssSelector("[data-draft-id]"));
        browser.driver().findElement(By.id("rte-button-publish")).click();
        browser.waitFor(By.id("title-text"));
        return browser.waitFor(By.cssSelector("#main-content a.confluence-userlink[data-username=suzuki]"));
    }

    @Test
    public void tanakaPicksSuzukiAsAnAttendeeInJapaneseAndThePageLinksToHim() throws Exception {
        browser.login(confluence(), "/display/DEMO/Home", "tanaka", "tanaka");
        browser.language(confluence(), "ja");

        WebElement form = openWizard("SALES");
        String marked = pick(form, "すず", "鈴木");
        assertTrue("the list says suzuki may not view the sales space: " + marked,
                marked.contains("このスペースを閲覧できません"));
        String refused = refusal(form, "鈴木");
        assertTrue(refused, refused.contains("鈴木") && refused.contains("このスペースを閲覧できません"));
        assertEquals("true", attendees(form).getAttribute("aria-invalid"));
        assertTrue("the dialog stays open", browser.driver().findElement(By.id("create-dialog")).isDisplayed());

        form = openWizard("DEMO");
        pick(form, "すず", "鈴木");
        attendees(form).sendKeys("だれでもない");
        String unknown = refusal(form, "だれでもない");
        assertTrue(unknown, unknown.contains("だれでもない という人は見つかりません"));
        attendees(form).clear();
        pick(form, "すず", "鈴木");
        browser.screenshotAt("confluence-meeting-attendees-ja", ".kakehashi-blueprint-form");

        WebElement link = createAndPublish();
        assertTrue(link.getText(), link.getText().contains("鈴木"));
        assertTrue(link.getAttribute("href"), link.getAttribute("href").endsWith("/display/~suzuki"));
    }

    @Test
    public void tanakaPicksSuzukiAsAnAttendeeInEnglishAndThePageLinksToHim() throws Exception {
        browser.login(confluence(), "/display/DEMO/Home", "tanaka", "tanaka");
        browser.language(confluence(), "en");

        WebElement form = openWizard("DEMO");
        assertEquals("Attendees", form.findElement(By.cssSelector("label[for='" + attendees(form).getAttribute("id")
                + "']")).getText());
        attendees(form).sendKeys("nobody");
        String unknown = refusal(form, "nobody");
        assertTrue(unknown, unknown.contains("No one is called nobody"));
        attendees(form).clear();
        pick(form, "すず", "鈴木");
        WebElement chip = picker(form).findElement(By.className("kakehashi-picker-chip"));
        assertEquals("the chips sit under the field, not under its label", attendees(form).getRect().getX(),
                chip.getRect().getX());

        WebElement link = createAndPublish();
        assertTrue(link.getText(), link.getText().contains("鈴木"));
        assertTrue(link.getAttribute("href"), link.getAttribute("href").endsWith("/display/~suzuki"));
    }
}
