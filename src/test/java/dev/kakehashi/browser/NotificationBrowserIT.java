package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.sandbox.SandboxHost;
import dev.kakehashi.schedule.scheduler.SchedulerMailJob;
import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Notifications as people meet them, in Japanese and in English: the partner contact of a new request finds its
 * email in the sandbox's mail view, each person chooses kinds and the digest on the thanks wall, an administrator sets
 * the company calendar and a scheduled run mails the contacts of a goal that missed its review, and a thanks withdrawn
 * within the window mails nobody.
 */
@RunWith(Parameterized.class)
public class NotificationBrowserIT {
    private static final String REST = "/rest/kakehashi/1.0";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> languages() {
        return List.of(new Object[] {"ja"}, new Object[] {"en"});
    }

    private final String lang;
    @Rule
    public final Browser browser = new Browser();

    public NotificationBrowserIT(String lang) {
        this.lang = lang;
    }

    private boolean ja() {
        return lang.equals("ja");
    }

    private static void runScheduledMail(SandboxHost host) {
        assertTrue(host.services().scheduler().jobs().runNow(SchedulerMailJob.JOB).orElseThrow().sandboxSucceeded());
    }

    /** The mail view's items as an administrator sees them in this language, newest first. */
    private List<WebElement> mailView(SandboxHost host) {
        browser.open(host.baseUrl() + "/sandbox/mail");
        browser.logout();
        browser.openAs(host.baseUrl(), "/sandbox/mail", "admin", "admin");
        browser.language(host.baseUrl(), lang);
        browser.waitFor(By.cssSelector("h1"));
        assertEquals(ja() ? "送信されたメール" : "Sent email", browser.driver().findElement(By.cssSelector("h1")).getText());
        return browser.driver().findElements(By.className("sandbox-mail-item"));
    }

    private static String field(WebElement item, String className) {
        return item.findElement(By.className(className)).getText();
    }

    @Test
    public void suzukiReceivesTheMailOfARequestThatNamesHimInHisLanguageAndTheAdministratorInHers() throws Exception {
        SandboxHost jira = SANDBOX.jira();
        String summary = "通知の確認 " + lang;
        HttpResponse<String> created = SANDBOX.jira("tanaka").postJson(REST + "/collaboration/requests",
                "{\"projectKey\":\"COLLAB\",\"summary\":\"" + summary + "\",\"kind\":\"small-poc\","
                        + "\"requestingDepartment\":\"sales\",\"partnerDepartment\":\"development\",\"purpose\":\"確認\","
                        + "\"scope\":\"一件\",\"partnerContact\":\"suzuki\",\"decisionOwner\":\"admin\",\"dueDate\":\""
                        + LocalDate.now().plusDays(7) + "\"}");
        assertEquals(created.body(), 201, created.statusCode());
        String key = Http.json(created).get("issueKey").asText();

        List<WebElement> mails = mailView(jira).stream().filter(m -> field(m, "sandbox-mail-subject").contains(key))
                .toList();

        assertEquals(2, mails.size());
        WebElement suzuki = mails.stream().filter(m -> field(m, "sandbox-mail-to").equals("suzuki@example.com"))
                .findFirst().orElseThrow();
        assertEquals("[" + key + "] 協業依頼「" + summary + "」で担当に指名されました", field(suzuki, "sandbox-mail-subject"));
        assertTrue(field(suzuki, "sandbox-mail-body").contains(jira.baseUrl() + "/browse/" + key));
        WebElement admin = mails.stream().filter(m -> field(m, "sandbox-mail-to").equals("admin@example.com"))
                .findFirst().orElseThrow();
        assertEquals("[" + key + "] You are named in the collaboration request \"" + summary + "\"",
                field(admin, "sandbox-mail-subject"));
        assertTrue(field(admin, "sandbox-mail-body").contains("named you as decision owner"));
        browser.screenshot("jira-request-mail-" + lang);

        browser.open(jira.baseUrl() + "/browse/" + key);
        assertTrue("the partner contact watches the issue",
                browser.waitFor(By.id("watchers-val")).getText().contains("鈴木 大輔"));
    }

    @Test
    public void aPersonTurnsOneKindOffAndChoosesTheDigestOnTheThanksWall() {
        SandboxHost jira = SANDBOX.jira();
        String user = ja() ? "takahashi" : "admin";
        browser.openAs(jira.baseUrl(), "/plugins/servlet/kakehashi/thanks", user, user);
        browser.language(jira.baseUrl(), lang);
        WebElement step = browser.waitFor(By.cssSelector("#kakehashi-notify-kind-request-step:not([disabled])"));
        assertEquals(ja() ? "担当している依頼のステップが変わったとき" : "A request I take part in moves to another step",
                browser.driver().findElement(By.cssSelector("label[for=kakehashi-notify-kind-request-step]")).getText());
        assertTrue(step.isSelected());

        step.click();
        browser.waitUntil(d -> d.findElement(By.className("kakehashi-notify-status")).getText()
                .equals(ja() ? "メールの設定を保存しました。" : "Your email settings are saved."));
        browser.waitFor(By.cssSelector("#kakehashi-notify-digest:not([disabled])")).click();
        browser.waitUntil(d -> d.findElement(By.id("kakehashi-notify-digest")).isEnabled());

        browser.driver().navigate().refresh();
        browser.waitFor(By.cssSelector("#kakehashi-notify-digest:not([disabled])"));
        assertFalse(browser.driver().findElement(By.id("kakehashi-notify-kind-request-step")).isSelected());
        assertTrue(browser.driver().findElement(By.id("kakehashi-notify-kind-request-result")).isSelected());
        assertTrue(browser.driver().findElement(By.id("kakehashi-notify-digest")).isSelected());
        JsonNode saved = Http.json(SANDBOX.jira(user).get(REST + "/notifications/preferences"));
        assertFalse(saved.get("kinds").get("request-step").asBoolean());
        assertTrue(saved.get("digest").asBoolean());
        SANDBOX.jira(user).putJson(REST + "/notifications/preferences",
                "{\"kinds\":{\"request-step\":true},\"digest\":false}");
    }

    @Test
    public void aMissedGoalReviewMailsItsContactsAfterTheAdministratorSetsTheCalendarAndTheSchedulerRuns()
            throws Exception {
        SandboxHost confluence = SANDBOX.confluence();
        browser.openAs(confluence.baseUrl(), "/plugins/servlet/kakehashi/admin", "admin", "admin");
        browser.language(confluence.baseUrl(), lang);
        WebElement zone = browser.waitFor(By.cssSelector("#kakehashi-calendar-zone:not([disabled])"));
        assertEquals("Asia/Tokyo", zone.getAttribute("value"));
        assertEquals(ja() ? "会社のカレンダー" : "Company calendar",
                browser.driver().findElement(By.id("kakehashi-calendar-heading")).getText());
        browser.type(By.id("kakehashi-calendar-zone"), "Asia/Tokio");
        browser.driver().findElement(By.id("kakehashi-calendar-submit")).click();
        browser.waitUntil(d -> !d.findElement(By.id("kakehashi-calendar-zone-error")).getText().isEmpty());
        assertEquals(ja() ? "「Asia/Tokio」はタイムゾーン ID ではありません。Asia/Tokyo のように入力してください。"
                        : "\"Asia/Tokio\" is not a time zone id. Enter one such as Asia/Tokyo.",
                browser.driver().findElement(By.id("kakehashi-calendar-zone-error")).getText());
        browser.type(By.id("kakehashi-calendar-zone"), "Asia/Tokyo");
        WebElement weekends = browser.driver().findElement(By.id("kakehashi-calendar-skip-weekends"));
        if (weekends.isSelected()) {
            weekends.click();
        }
        WebElement holidays = browser.driver().findElement(By.id("kakehashi-calendar-skip-holidays"));
        assertTrue("holidays are left out by default", holidays.isSelected());
        holidays.click();
        browser.driver().findElement(By.id("kakehashi-calendar-submit")).click();
        browser.waitUntil(d -> d.findElement(By.id("kakehashi-calendar-zone-error")).getText().isEmpty()
                && d.findElement(By.id("kakehashi-calendar-submit")).isEnabled());
        browser.waitUntil(d -> !Http.json(SANDBOX.confluence("admin").get(REST + "/admin/calendar"))
                .get("skipWeekends").asBoolean());
        assertFalse(Http.json(SANDBOX.confluence("admin").get(REST + "/admin/calendar")).get("skipHolidays")
                .asBoolean());

        runScheduledMail(confluence);

        List<WebElement> reminders = mailView(confluence).stream().filter(m -> {
            String subject = field(m, "sandbox-mail-subject");
            return subject.startsWith("目標「") || subject.startsWith("The review of the goal");
        }).toList();
        assertFalse("the demo goals of four months ago missed their reviews", reminders.isEmpty());
        assertTrue(reminders.stream().allMatch(m -> field(m, "sandbox-mail-body").contains("/pages/viewpage.action")
                || field(m, "sandbox-mail-body").contains("/display/")));
        browser.screenshot("confluence-goal-review-mail-" + lang);
        SANDBOX.confluence("admin").putJson(REST + "/admin/calendar", "{\"skipWeekends\":true,\"skipHolidays\":true}");
    }

    @Test
    public void aThanksWithdrawnWithinTheWindowMailsNobody() {
        SandboxHost jira = SANDBOX.jira();
        String withdrawnText = "取り消したお礼 " + lang;
        String keptText = "取り消さないお礼 " + lang;
        String onIssue = ",\"contextType\":\"jira-issue\",\"contextId\":\""
                + jira.services().issues().byKey("DEMO-5").getId() + "\"";
        JsonNode withdrawn = Http.json(SANDBOX.jira("tanaka").postJson(REST + "/thanks", "{\"recipients\":[\"suzuki\"],"
                + "\"message\":\"" + withdrawnText + "\",\"value\":\"collaboration\"" + onIssue + "}"));
        assertEquals(201, SANDBOX.jira("tanaka").postJson(REST + "/thanks", "{\"recipients\":[\"suzuki\"],"
                + "\"message\":\"" + keptText + "\",\"value\":\"collaboration\"" + onIssue + "}").statusCode());
        browser.openAs(jira.baseUrl(), "/browse/DEMO-5", "tanaka", "tanaka");
        browser.language(jira.baseUrl(), lang);
        WebElement item = browser.waitFor(By.cssSelector(".kakehashi-thanks-item[data-id='"
                + withdrawn.get("id").asLong() + "']"));
        item.findElement(By.className("kakehashi-thanks-withdraw")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".kakehashi-thanks-item")).stream()
                .noneMatch(li -> li.getText().contains(withdrawnText)));
        try {
            assertEquals(200, SANDBOX.jira("admin").putJson(REST + "/admin/thanks-policy", "{\"withdrawMinutes\":0}")
                    .statusCode());
            runScheduledMail(jira);
        } finally {
            SANDBOX.jira("admin").putJson(REST + "/admin/thanks-policy", "{\"withdrawMinutes\":10}");
        }

        List<String> bodies = mailView(jira).stream().map(m -> field(m, "sandbox-mail-body")).toList();
        assertTrue(bodies.stream().anyMatch(b -> b.contains(keptText)));
        assertTrue(bodies.stream().noneMatch(b -> b.contains(withdrawnText)));
    }
}
