package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.sandbox.SandboxHost;
import dev.kakehashi.sandbox.host.MailOutbox;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The company's holiday list over real HTTP against the sandbox: administrators list a year, add a company day, remove
 * a national holiday and restore them; others are refused; and a scheduled run on a holiday sends no reminder.
 */
public class CompanyHolidayRestIT {
    private static final String REST = "/rest/kakehashi/1.0";
    private static final String CALENDAR = REST + "/admin/calendar";
    private static final String HOLIDAYS = CALENDAR + "/holidays";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    private static Http as(SandboxHost host, String user) {
        return new Http(host.baseUrl()).as(user, user);
    }

    private static JsonNode day(JsonNode year, String date) {
        for (JsonNode day : year.get("holidays")) {
            if (day.get("date").asText().equals(date)) {
                return day;
            }
        }
        return null;
    }

    @Test
    public void anAdministratorListsAYearAddsACompanyDayRemovesANationalHolidayAndRestoresIt() {
        Http admin = as(SANDBOX.jira(), "admin");
        JsonNode year = Http.json(admin.get(HOLIDAYS + "?year=2026"));
        assertEquals(2026, year.get("year").asInt());
        assertEquals(2027, year.get("publishedThrough").asInt());
        assertTrue(year.get("skipHolidays").asBoolean());
        assertEquals(18, year.get("holidays").size());
        JsonNode substitute = day(year, "2026-05-06");
        assertEquals("振替休日", substitute.get("nameJa").asText());
        assertEquals("national", substitute.get("origin").asText());
        assertFalse(substitute.get("removed").asBoolean());
        assertTrue(year.get("years").toString(), year.get("years").toString().contains("2027"));

        HttpResponse<String> added = admin.postJson(HOLIDAYS,
                "{\"date\":\"2026-12-29\",\"nameJa\":\"年末休暇 <b>\",\"nameEn\":\"Year-end holiday\"}");
        assertEquals(added.body(), 201, added.statusCode());
        assertEquals("company", Http.json(added).get("origin").asText());
        assertEquals(204, admin.postJson(HOLIDAYS + "/2026-05-06/remove", "{}").statusCode());

        year = Http.json(admin.get(HOLIDAYS + "?year=2026"));
        assertEquals(19, year.get("holidays").size());
        assertEquals("年末休暇 <b>", day(year, "2026-12-29").get("nameJa").asText());
        assertTrue(day(year, "2026-05-06").get("removed").asBoolean());

        assertEquals(204, admin.postJson(HOLIDAYS + "/2026-11-03/remove", "{}").statusCode());
        assertEquals(204, admin.postJson(HOLIDAYS + "/2026-11-03/restore", "{}").statusCode());
        year = Http.json(admin.get(HOLIDAYS + "?year=2026"));
        assertFalse("that day alone is back", day(year, "2026-11-03").get("removed").asBoolean());
        assertTrue("the other removal stays", day(year, "2026-05-06").get("removed").asBoolean());
        assertEquals(404, admin.postJson(HOLIDAYS + "/2026-11-03/restore", "{}").statusCode());
        assertEquals("a company day is no removed national holiday", 404,
                admin.postJson(HOLIDAYS + "/2026-12-29/restore", "{}").statusCode());

        JsonNode restored = Http.json(admin.postJson(HOLIDAYS + "/restore", "{}"));
        assertEquals(restored.toString(), 2026, restored.get("year").asInt());
        assertFalse(day(restored, "2026-05-06").get("removed").asBoolean());
        assertEquals("the company day stays", "company", day(restored, "2026-12-29").get("origin").asText());
        assertEquals(204, admin.postJson(HOLIDAYS + "/2026-12-29/remove", "{}").statusCode());
        assertEquals(404, admin.postJson(HOLIDAYS + "/2026-12-29/remove", "{}").statusCode());
        assertEquals(18, Http.json(admin.get(HOLIDAYS + "?year=2026")).get("holidays").size());
    }

    @Test
    public void mistakesAreExplainedInTheCallersLanguageAndOnlyAdministratorsWithJsonChangeTheList() {
        Http admin = as(SANDBOX.confluence(), "admin");
        HttpResponse<String> ja = admin.inLanguage("ja").postJson(HOLIDAYS,
                "{\"date\":\"2026/12/29\",\"nameJa\":\"\",\"nameEn\":\"Year end\"}");
        assertEquals(ja.body(), 400, ja.statusCode());
        JsonNode errors = Http.json(ja).get("errors");
        assertEquals("date", errors.get(0).get("field").asText());
        assertEquals("日付は 2026-12-29 のように YYYY-MM-DD の形で入力してください。", errors.get(0).get("message").asText());
        assertEquals("nameJa", errors.get(1).get("field").asText());
        HttpResponse<String> en = admin.inLanguage("en").postJson(HOLIDAYS,
                "{\"date\":\"2027-11-03\",\"nameJa\":\"文化の日\",\"nameEn\":\"Culture Day\"}");
        assertEquals("2027-11-03 is already a holiday.", Http.json(en).get("errors").get(0).get("message").asText());
        assertEquals(400, admin.get(HOLIDAYS + "?year=1999").statusCode());
        assertEquals(400, admin.get(HOLIDAYS + "?year=soon").statusCode());
        assertEquals(404, admin.postJson(HOLIDAYS + "/not-a-date/remove", "{}").statusCode());
        HttpResponse<String> notRemoved = admin.inLanguage("en").postJson(HOLIDAYS + "/2027-01-01/restore", "{}");
        assertEquals(404, notRemoved.statusCode());
        assertEquals("2027-01-01 is not a national holiday the company removed.",
                Http.json(notRemoved).get("errors").get(0).get("message").asText());
        assertEquals(404, admin.postJson(HOLIDAYS + "/not-a-date/restore", "{}").statusCode());

        assertEquals(401, new Http(SANDBOX.confluence().baseUrl()).get(HOLIDAYS).statusCode());
        assertEquals(403, as(SANDBOX.confluence(), "suzuki").get(HOLIDAYS).statusCode());
        assertEquals(403, as(SANDBOX.confluence(), "suzuki").postJson(HOLIDAYS,
                "{\"date\":\"2026-12-30\",\"nameJa\":\"休\",\"nameEn\":\"Off\"}").statusCode());
        assertEquals(403, as(SANDBOX.confluence(), "suzuki").postJson(HOLIDAYS + "/2027-01-01/remove", "{}")
                .statusCode());
        assertEquals(415, admin.post(HOLIDAYS, "application/x-www-form-urlencoded",
                "date=2026-12-30&nameJa=x&nameEn=y", "X-Atlassian-Token", "no-check").statusCode());
        assertEquals(415, admin.post(HOLIDAYS + "/2027-01-01/remove", "text/plain", "{}",
                "X-Atlassian-Token", "no-check").statusCode());
        assertEquals(403, as(SANDBOX.confluence(), "suzuki").postJson(HOLIDAYS + "/2027-01-01/restore", "{}")
                .statusCode());
        assertEquals(415, admin.post(HOLIDAYS + "/2027-01-01/restore", "text/plain", "{}",
                "X-Atlassian-Token", "no-check").statusCode());
        JsonNode year = Http.json(admin.get(HOLIDAYS + "?year=2027"));
        assertEquals("nothing changed", 17, year.get("holidays").size());
        assertFalse(day(year, "2027-01-01").get("removed").asBoolean());
    }

    @Test
    public void noReminderIsMailedOnAHolidayAndTheRunAfterItIsRemovedMailsThem() {
        SandboxHost confluence = SANDBOX.confluence();
        Http admin = as(confluence, "admin");
        assertEquals(200, admin.putJson(CALENDAR, "{\"zone\":\"Asia/Tokyo\",\"skipWeekends\":false,"
                + "\"skipHolidays\":true}").statusCode());
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        JsonNode national = day(Http.json(admin.get(HOLIDAYS + "?year=" + today.substring(0, 4))), today);
        if (national == null) {
            assertEquals(201, admin.postJson(HOLIDAYS, "{\"date\":\"" + today + "\",\"nameJa\":\"臨時休業日\","
                    + "\"nameEn\":\"Company closed\"}").statusCode());
        }
        int before = confluence.services().mailOutbox().sent().size();

        NotificationRestIT.runScheduledMail(confluence);
        assertEquals("no goal review reminder on a holiday", List.of(), reminders(confluence, before));

        assertEquals(204, admin.postJson(HOLIDAYS + "/" + today + "/remove", "{}").statusCode());
        NotificationRestIT.runScheduledMail(confluence);
        assertFalse("the demo goals of four months ago missed their reviews",
                reminders(confluence, before).isEmpty());
        admin.postJson(HOLIDAYS + "/restore", "{}");
    }

    private static List<String> reminders(SandboxHost host, int skip) {
        return host.services().mailOutbox().sent().stream().skip(skip).map(MailOutbox.SentMail::subject)
                .filter(s -> s.startsWith("目標「") || s.startsWith("The review of the goal")).toList();
    }
}
