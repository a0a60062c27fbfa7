package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Shared goals over real HTTP against the Confluence sandbox: creating one shared by two departments, updates by its
 * people only, versions, lists that follow the space's view permission, and Jira, which has no goals.
 */
public class GoalRestIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOALS = "/rest/kakehashi/1.0/goals";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    /**
     * A goal of sales and support; its contacts can view its space (in SALES, which only sales views, support names
     * no contact; in DEV, which only development views, neither does).
     */
    public static String goal(String space, String title) {
        return "{\"spaceKey\":\"" + space + "\",\"title\":\"" + title + "\",\"description\":\"営業とサポートで\","
                + "\"participants\":[{\"department\":\"sales\",\"contact\":\"" + ("DEV".equals(space) ? "" : "sato")
                + "\",\"contribution\":\"説明資料を見直す\"},"
                + "{\"department\":\"support\",\"contact\":\"" + ("DEMO".equals(space) ? "yamamoto" : "")
                + "\",\"contribution\":\"FAQ を毎週共有\"}],"
                + "\"measure\":\"number\",\"startValue\":120,\"targetValue\":60,\"unit\":\"件/月\","
                + "\"dueDate\":\"2027-03-31\",\"cadence\":\"biweekly\",\"labels\":[\"q4\",\"cx\"]}";
    }

    /** The goal body with the version a change is made from. */
    static String withVersion(String goalBody, int version) {
        return goalBody.substring(0, goalBody.length() - 1) + ",\"version\":" + version + "}";
    }

    static long create(String user, String space, String title) {
        HttpResponse<String> created = SANDBOX.confluence(user).postJson(GOALS, goal(space, title));
        assertEquals(created.body(), 201, created.statusCode());
        return Http.json(created).get("id").asLong();
    }

    private static HttpResponse<String> update(String user, long id, double value, int version) {
        return SANDBOX.confluence(user).postJson(GOALS + "/" + id + "/updates",
                "{\"value\":" + value + ",\"status\":\"on-track\",\"comment\":\"週次の確認\",\"version\":" + version + "}");
    }

    @Test
    public void aGoalSharedByTwoDepartmentsMovesWithTheUpdatesOfItsPeople() {
        long id = create("tanaka", "DEMO", "問い合わせ件数を半分に");

        JsonNode read = Http.json(SANDBOX.confluence("kato").get(GOALS + "/" + id));
        assertEquals("問い合わせ件数を半分に", read.get("title").asText());
        assertEquals(List.of("sales", "support"), List.of(read.get("participants").get(0).get("department").asText(),
                read.get("participants").get(1).get("department").asText()));
        assertEquals("yamamoto", read.get("participants").get(1).get("contact").get("username").asText());
        assertFalse("kato is not one of its people", read.get("canEdit").asBoolean());

        HttpResponse<String> byContact = update("yamamoto", id, 90, 0);
        assertEquals(byContact.body(), 200, byContact.statusCode());
        assertEquals(0.5, Http.json(byContact).get("progress").asDouble(), 1e-9);
        assertEquals(403, update("suzuki", id, 80, 1).statusCode());
        assertEquals(409, update("sato", id, 80, 0).statusCode());
        assertEquals(200, update("sato", id, 75, 1).statusCode());

        JsonNode history = Http.json(SANDBOX.confluence("kato").get(GOALS + "/" + id + "/history"));
        assertEquals(3, history.size());
        assertEquals("created", history.get(0).get("kind").asText());
        assertEquals(75, history.get(2).get("value").asDouble(), 0);
    }

    @Test
    public void aGoalInASpaceTheReaderCannotViewDoesNotExistForThem() {
        long id = create("tanaka", "SALES", "営業部だけの目標");

        HttpResponse<String> hidden = SANDBOX.confluence("kato").get(GOALS + "/" + id);
        HttpResponse<String> missing = SANDBOX.confluence("kato").get(GOALS + "/999999");
        assertEquals(404, hidden.statusCode());
        assertEquals(missing.body(), hidden.body());
        assertFalse(hidden.body().contains("営業部だけの目標"));
        assertFalse(listTitles("kato", "").contains("営業部だけの目標"));
        assertEquals(0, Http.json(SANDBOX.confluence("kato").get(GOALS + "?space=SALES")).get("total").asInt());
        assertTrue(listTitles("tanaka", "").contains("営業部だけの目標"));
        assertEquals(404, update("kato", id, 1, 0).statusCode());
    }

    private static List<String> listTitles(String user, String query) {
        HttpResponse<String> page = SANDBOX.confluence(user).get(GOALS + "?limit=50" + query);
        assertEquals(page.body(), 200, page.statusCode());
        List<String> titles = new ArrayList<>();
        Http.json(page).get("items").forEach(g -> titles.add(g.get("title").asText()));
        return titles;
    }

    @Test
    public void listsFilterByDepartmentStatusAndLabel() {
        create("tanaka", "DEMO", "一覧の目標 A");

        assertTrue(listTitles("kato", "&department=support&label=cx&status=on-track").contains("一覧の目標 A"));
        assertFalse(listTitles("kato", "&department=accounting").contains("一覧の目標 A"));
        HttpResponse<String> bad = SANDBOX.confluence("kato").get(GOALS + "?status=great&limit=500");
        assertEquals(400, bad.statusCode());
    }

    @Test
    public void everyProblemIsReportedInTheCallersLanguage() {
        HttpResponse<String> bad = SANDBOX.confluence("tanaka").inLanguage("ja").postJson(GOALS,
                "{\"spaceKey\":\"DEMO\",\"title\":\"\",\"participants\":[{\"department\":\"sales\"}],"
                        + "\"measure\":\"number\",\"startValue\":1,\"targetValue\":1}");

        assertEquals(bad.body(), 400, bad.statusCode());
        List<String> fields = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Http.json(bad).get("errors").forEach(e -> {
            fields.add(e.get("field").asText());
            texts.add(e.get("message").asText());
        });
        assertTrue(fields.toString(), fields.containsAll(List.of("title", "participants", "targetValue", "dueDate")));
        assertTrue(texts.toString(), texts.contains("共有目標には二つ以上の部署が必要です。"));
        assertEquals(403, SANDBOX.confluence("guest").postJson(GOALS, goal("DEMO", "ゲスト")).statusCode());
        assertEquals(404, SANDBOX.confluence("kato").postJson(GOALS, goal("SALES", "経理から")).statusCode());
    }

    @Test
    public void someoneWhoCannotViewTheSpaceIsRefusedWithTheReasonAtTheField() {
        String naming = goal("SALES", "経理も名前を出す目標").replace("\"contact\":\"\"", "\"contact\":\"kato\"");

        HttpResponse<String> ja = SANDBOX.confluence("tanaka").inLanguage("ja").postJson(GOALS, naming);
        HttpResponse<String> en = SANDBOX.confluence("tanaka").inLanguage("en").postJson(GOALS, naming);

        assertEquals(ja.body(), 400, ja.statusCode());
        JsonNode error = Http.json(ja).get("errors").get(0);
        assertEquals("participants", error.get("field").asText());
        assertTrue(error.get("message").asText(), error.get("message").asText()
                .startsWith("加藤 葵 さんはこの目標のスペースを閲覧できないため"));
        assertTrue(en.body(), Http.json(en).get("errors").get(0).get("message").asText()
                .startsWith("加藤 葵 cannot view the space of this goal"));
        assertFalse(listTitles("tanaka", "").contains("経理も名前を出す目標"));
    }

    @Test
    public void theOwnerHandsTheGoalOnAndTheHistoryIsReadAPageAtATime() {
        long id = create("tanaka", "DEMO", "担当が変わる目標");
        String toSato = withVersion(goal("DEMO", "担当が変わる目標"), 0).replace("{\"spaceKey\"", "{\"owner\":\"sato\",\"spaceKey\"");

        HttpResponse<String> byContact = SANDBOX.confluence("yamamoto").putJson(GOALS + "/" + id, toSato);
        assertEquals(byContact.body(), 400, byContact.statusCode());
        assertEquals("owner", Http.json(byContact).get("errors").get(0).get("field").asText());
        HttpResponse<String> byOwner = SANDBOX.confluence("tanaka").putJson(GOALS + "/" + id, toSato);
        assertEquals(byOwner.body(), 200, byOwner.statusCode());
        assertEquals("sato", Http.json(byOwner).get("owner").get("username").asText());
        assertEquals(200, update("sato", id, 100, 1).statusCode());

        JsonNode first = Http.json(SANDBOX.confluence("kato").get(GOALS + "/" + id + "/updates?limit=2"));
        JsonNode rest = Http.json(SANDBOX.confluence("kato").get(GOALS + "/" + id + "/updates?limit=2&offset=2"));
        assertEquals(3, first.get("total").asInt());
        assertEquals("progress", first.get("items").get(0).get("kind").asText());
        assertEquals("owner", first.get("items").get(1).get("kind").asText());
        assertEquals("sato", first.get("items").get(1).get("newOwner").get("username").asText());
        assertEquals("tanaka", first.get("items").get(1).get("author").get("username").asText());
        assertEquals("created", rest.get("items").get(0).get("kind").asText());
        assertEquals(400, SANDBOX.confluence("kato").get(GOALS + "/" + id + "/updates?limit=51").statusCode());
    }

    @Test
    public void laterRowsOfAListAreTheRowsOfItsFirstPage() {
        create("tanaka", "DEMO", "行の目標 A");
        create("tanaka", "DEMO", "行の目標 B");

        HttpResponse<String> rows = SANDBOX.confluence("kato").inLanguage("ja")
                .get(GOALS + "/rows?space=DEMO&sort=title&limit=1&offset=1&view=timeline&from=2026-01-01&to=2028-01-01");

        assertEquals(rows.body(), 200, rows.statusCode());
        JsonNode page = Http.json(rows);
        assertEquals(1, page.get("count").asInt());
        String html = page.get("html").asText();
        assertTrue(html, html.contains("class=\"kakehashi-goals-row\""));
        assertTrue(html, html.contains("role=\"progressbar\""));
        assertTrue(html, html.contains("kakehashi-goals-status-lozenge"));
        assertTrue(html, html.contains("kakehashi-goals-span kakehashi-goals-span-"));
        assertEquals(400, SANDBOX.confluence("kato").get(GOALS + "/rows?view=timeline&from=soon").statusCode());
    }

    @Test
    public void changesTakeJsonOnly() {
        long id = create("tanaka", "DEMO", "JSON だけ");

        HttpResponse<String> form = SANDBOX.confluence("tanaka").post(GOALS + "/" + id + "/updates",
                "application/x-www-form-urlencoded", "value=1&version=0");

        assertTrue(form.body(), form.statusCode() == 415 || form.statusCode() == 403);
        assertEquals(401, new Http(SANDBOX.confluence().baseUrl()).get(GOALS + "/" + id).statusCode());
    }

    @Test
    public void jiraHasNoGoals() {
        Http jira = new Http(SANDBOX.jira().baseUrl()).as("tanaka", "tanaka");

        assertEquals(404, jira.get(GOALS + "/1").statusCode());
        assertEquals(404, jira.postJson(GOALS, goal("DEMO", "Jira から")).statusCode());
        assertEquals(0, Http.json(jira.get(GOALS)).get("total").asInt());
    }
}
