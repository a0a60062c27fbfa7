package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Every date the app accepts lies between 2000-01-01 and 2100-12-31, refused otherwise with a 400 in the documented
 * error shape and the caller's language; a refused collaboration request leaves no Jira issue behind.
 */
public class DateBoundsRestIT {
    private static final String REQUESTS = "/rest/kakehashi/1.0/collaboration/requests";
    private static final String RANGE_JA = "2000-01-01から2100-12-31までの日付を入力してください。";
    private static final String RANGE_EN = "Enter a date from 2000-01-01 to 2100-12-31.";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    private static String request(String summary, String due) {
        return "{\"projectKey\":\"COLLAB\",\"summary\":\"" + summary + "\",\"kind\":\"joint-task\","
                + "\"requestingDepartment\":\"sales\",\"partnerDepartment\":\"development\","
                + "\"purpose\":\"提案資料を顧客の声に合わせて直したい\",\"scope\":\"テンプレート 1 点のレビュー\","
                + "\"partnerContact\":\"suzuki\",\"dueDate\":\"" + due + "\"}";
    }

    /** The COLLAB issues that exist, as the sandbox's Jira lists them to an administrator. */
    private static int collabIssues() {
        HttpResponse<String> dashboard = SANDBOX.jira("admin").get("/secure/Dashboard.jspa");
        assertEquals(200, dashboard.statusCode());
        Matcher m = Pattern.compile("/browse/COLLAB-\\d+\">").matcher(dashboard.body());
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** The one field error of a 400, checked to be about the field and in the expected words. */
    private static void assertRangeError(HttpResponse<String> response, String field, String message) {
        assertEquals(response.body(), 400, response.statusCode());
        JsonNode error = Http.json(response);
        assertEquals(400, error.get("status").asInt());
        assertEquals(response.body(), 1, error.get("errors").size());
        assertEquals(field, error.get("errors").get(0).get("field").asText());
        assertEquals(message, error.get("errors").get(0).get("message").asText());
    }

    @Test
    public void aDueDateInTheYearTenThousandIsRefusedAndNoIssueIsLeftBehind() {
        int before = collabIssues();

        HttpResponse<String> refused = SANDBOX.jira("tanaka").postJson(REQUESTS, request("遠い未来の依頼", "+10000-01-01"));

        assertRangeError(refused, "dueDate", RANGE_JA);
        assertEquals("no new COLLAB issue", before, collabIssues());
        assertRangeError(SANDBOX.jira("tanaka").postJson(REQUESTS, request("遠い未来の依頼", "2101-01-01")), "dueDate", RANGE_JA);
        assertEquals(before, collabIssues());

        HttpResponse<String> accepted = SANDBOX.jira("tanaka").postJson(REQUESTS, request("2100 年末までの依頼", "2100-12-31"));
        assertEquals(accepted.body(), 201, accepted.statusCode());
        assertEquals(before + 1, collabIssues());
    }

    @Test
    public void aGoalDateOutsideTheRangeIsRefusedInTheCallersLanguage() {
        Http confluence = new Http(SANDBOX.confluence().baseUrl()).as("tanaka", "tanaka").inLanguage("en");
        String goal = GoalRestIT.goal("DEMO", "はるか先の目標").replace("2027-03-31", "9999-12-31");

        assertRangeError(confluence.postJson("/rest/kakehashi/1.0/goals", goal), "dueDate", RANGE_EN);
    }

    @Test
    public void aThanksListFromOrToOutsideTheRangeIsRefused() {
        HttpResponse<String> far = SANDBOX.jira("tanaka").get("/rest/kakehashi/1.0/thanks?from=%2B10000-01-01T00:00:00Z");
        HttpResponse<String> early = SANDBOX.jira("tanaka").get("/rest/kakehashi/1.0/thanks?to=1999-12-31T23:59:59Z");

        assertRangeError(far, "from", RANGE_JA);
        assertRangeError(early, "to", RANGE_JA);
        assertEquals(200, SANDBOX.jira("tanaka").get("/rest/kakehashi/1.0/thanks?from=" + LocalDate.now().minusDays(1)
                + "T00:00:00Z").statusCode());
    }
}
