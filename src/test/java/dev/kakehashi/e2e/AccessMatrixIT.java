package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.sandbox.SandboxHost;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Every REST endpoint called by the four kinds of caller — anonymous, an ordinary user without permission on the
 * issue or page concerned, a user with that permission, an administrator — with the status each must get, in Jira
 * (issue DEMO-4, only accounting) and in Confluence (a page only development sees). One table, checked in one go, so
 * that every mismatch is listed.
 */
public class AccessMatrixIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REST = "/rest/kakehashi/1.0";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    /** One call and the status expected for anonymous, outsider, insider, admin. */
    private record Row(String method, String path, String body, int anonymous, int outsider, int insider, int admin) {
    }

    private static HttpResponse<String> call(Http http, Row row) {
        return switch (row.method()) {
            case "GET" -> http.get(REST + row.path());
            case "POST" -> http.postJson(REST + row.path(), row.body());
            case "PUT" -> http.putJson(REST + row.path(), row.body());
            case "DELETE" -> http.send("DELETE", REST + row.path(), "application/json", row.body());
            default -> throw new IllegalArgumentException(row.method());
        };
    }

    private static long thanksId(SandboxHost host, String sender, String context) throws Exception {
        HttpResponse<String> sent = new Http(host.baseUrl()).as(sender, sender).postJson(REST + "/thanks",
                "{\"recipients\":[\"admin\"],\"message\":\"matrix\",\"value\":\"collaboration\"," + context + "}");
        assertEquals(sent.body(), 201, sent.statusCode());
        return JSON.readTree(sent.body()).get("id").asLong();
    }

    /**
     * The thanks rows; {@code department} is the insider's, whose people may see the issue or page, while yamada
     * (general affairs) may not: thanking her there is refused before anything is stored.
     */
    private static List<Row> rows(String context, String query, String department, long withdrawable, long hideable) {
        String thanks = "{\"department\":\"" + department + "\",\"message\":\"m\",\"value\":\"collaboration\","
                + context + "}";
        String blind = "{\"recipients\":[\"yamada\"],\"message\":\"m\",\"value\":\"collaboration\"," + context + "}";
        return List.of(
                new Row("GET", "/thanks?" + query, null, 401, 404, 200, 200),
                new Row("POST", "/thanks", thanks, 401, 404, 201, 201),
                new Row("POST", "/thanks", blind, 401, 404, 400, 400),
                new Row("GET", "/thanks/suggestions?" + query, null, 401, 404, 200, 200),
                new Row("GET", "/people?user=suzuki&" + query, null, 401, 404, 200, 200),
                new Row("GET", "/people?user=suzuki", null, 401, 200, 200, 200),
                // the sender (insider) withdraws it; after that nobody, not even an admin, finds it
                new Row("POST", "/thanks/" + withdrawable + "/withdraw", "{}", 401, 404, 204, 404),
                new Row("POST", "/thanks/" + hideable + "/hide", "{}", 401, 403, 403, 400),
                new Row("POST", "/thanks/" + hideable + "/hide", "{\"reason\":\"matrix\"}", 401, 403, 403, 204),
                new Row("GET", "/thanks/hidden", null, 401, 403, 403, 200),
                new Row("POST", "/thanks/" + hideable + "/unhide", "{}", 401, 403, 403, 204),
                new Row("POST", "/thanks/" + hideable + "/unhide", "{}", 401, 403, 403, 404),
                new Row("GET", "/thanks", null, 401, 200, 200, 200),
                new Row("GET", "/thanks/departments", null, 401, 200, 200, 200),
                new Row("GET", "/me", null, 401, 200, 200, 200),
                new Row("GET", "/notifications/preferences", null, 401, 200, 200, 200),
                new Row("PUT", "/notifications/preferences", "{\"emailEnabled\":true}", 401, 200, 200, 200),
                // the company-wide wall (each reader sees what they may, from both products), and a preference change
                // that came from the other product (not passed back); the marker skips no check
                new Row("GET", "/thanks?scope=company", null, 401, 200, 200, 200),
                new Row("GET", "/thanks?scope=company&" + query, null, 401, 400, 400, 400),
                new Row("PUT", "/notifications/preferences?origin=linked", "{\"emailEnabled\":true}", 401, 200, 200,
                        200),
                new Row("PUT", "/notifications/preferences?origin=other", "{\"emailEnabled\":true}", 401, 400, 400,
                        400),
                new Row("GET", "/admin/departments", null, 401, 403, 403, 200),
                new Row("POST", "/admin/departments", "{\"nameEn\":\"M\",\"nameJa\":\"M\"}", 401, 403, 403, 201),
                new Row("PUT", "/admin/departments/order", "{\"keys\":[]}", 401, 403, 403, 400),
                new Row("GET", "/admin/values", null, 401, 403, 403, 200),
                new Row("PUT", "/admin/values/collaboration", "{\"nameEn\":\"Collaboration\",\"nameJa\":\"協力\"}",
                        401, 403, 403, 200),
                new Row("GET", "/admin/thanks-policy", null, 401, 403, 403, 200),
                new Row("PUT", "/admin/thanks-policy", "{\"dailyLimit\":100}", 401, 403, 403, 200),
                new Row("GET", "/company", null, 401, 200, 200, 200),
                new Row("GET", "/admin/company-source", null, 401, 403, 403, 200),
                new Row("PUT", "/admin/company-source", "{\"role\":\"source\"}", 401, 403, 403, 200),
                new Row("PUT", "/admin/company-source", "{\"role\":\"boss\"}", 401, 403, 403, 400),
                // a source has nothing to copy
                new Row("POST", "/admin/company-source/sync", "{}", 401, 403, 403, 409),
                new Row("GET", "/admin/retention", null, 401, 403, 403, 200),
                new Row("PUT", "/admin/retention", "{\"years\":null}", 401, 403, 403, 200),
                new Row("GET", "/admin/insights", null, 401, 403, 403, 200),
                new Row("PUT", "/admin/insights", "{\"minimumGroup\":5}", 401, 403, 403, 200),
                new Row("PUT", "/admin/insights", "{\"minimumGroup\":2}", 401, 403, 403, 400),
                new Row("GET", "/insights/department-map", null, 401, 200, 200, 200),
                new Row("GET", "/insights/department-map?days=365", null, 401, 200, 200, 200),
                new Row("GET", "/insights/department-map?days=7", null, 401, 400, 400, 400),
                new Row("GET", "/insights/department-map.csv?days=30", null, 401, 200, 200, 200),
                new Row("POST", "/insights/department-map/refresh", "{}", 401, 403, 403, 200),
                new Row("GET", "/admin/digest", null, 401, 403, 403, 200),
                new Row("PUT", "/admin/digest", "{\"weekday\":\"monday\"}", 401, 403, 403, 200),
                new Row("GET", "/admin/calendar", null, 401, 403, 403, 200),
                new Row("PUT", "/admin/calendar", "{\"zone\":\"Asia/Tokyo\",\"skipWeekends\":true}", 401, 403, 403,
                        200),
                new Row("GET", "/admin/calendar/holidays?year=2027", null, 401, 403, 403, 200),
                new Row("POST", "/admin/calendar/holidays", "{\"date\":\"2030-01-02\",\"nameJa\":\"M\",\"nameEn\":\"M\"}",
                        401, 403, 403, 201),
                new Row("POST", "/admin/calendar/holidays/2030-01-02/remove", "{}", 401, 403, 403, 204),
                new Row("POST", "/admin/calendar/holidays/2027-02-11/remove", "{}", 401, 403, 403, 204),
                new Row("POST", "/admin/calendar/holidays/2027-02-11/restore", "{}", 401, 403, 403, 204),
                new Row("POST", "/admin/calendar/holidays/restore", "{}", 401, 403, 403, 200),
                new Row("GET", "/admin/transfer", null, 401, 403, 403, 200),
                new Row("GET", "/admin/transfer/jobs/999999/document", null, 401, 403, 403, 404),
                new Row("POST", "/admin/transfer/import", "{\"format\":\"other\",\"tables\":[]}", 401, 403, 403,
                        400),
                new Row("POST", "/admin/transfer/export", "{}", 401, 403, 403, 202),
                // shuffle lunch: programmes and their administration for admins, participation and answers for oneself
                new Row("GET", "/lunch/programmes", null, 401, 200, 200, 200),
                new Row("GET", "/lunch/programmes/tokyo-lunch", null, 401, 200, 200, 200),
                new Row("GET", "/lunch/programmes/no-such-lunch", null, 401, 404, 404, 404),
                new Row("POST", "/lunch/programmes", "{\"key\":\"matrix-lunch\",\"nameEn\":\"M\",\"cadence\":\"weekly\",\"weekday\":\"friday\"}", 401, 403, 403, 200),
                new Row("POST", "/lunch/programmes", "{\"key\":\"matrix-lunch\",\"nameEn\":\"M\",\"cadence\":\"weekly\",\"weekday\":\"friday\"}", 401, 403, 403, 409),
                new Row("POST", "/lunch/programmes", "{\"key\":\"x\",\"groupSize\":9}", 401, 403, 403, 400),
                new Row("PUT", "/lunch/programmes/matrix-lunch", "{\"key\":\"matrix-lunch\",\"nameEn\":\"M\",\"cadence\":\"weekly\",\"weekday\":\"friday\"}", 401, 403, 403, 200),
                new Row("POST", "/lunch/programmes/matrix-lunch/join", "{}", 401, 200, 200, 200),
                new Row("PUT", "/lunch/programmes/matrix-lunch/snooze", "{\"until\":\"2000-01-01\"}", 401, 400,
                        400, 400),
                new Row("POST", "/lunch/programmes/matrix-lunch/leave", "{}", 401, 200, 200, 200),
                new Row("GET", "/lunch/programmes/matrix-lunch/apart", null, 401, 403, 403, 200),
                new Row("PUT", "/lunch/programmes/matrix-lunch/apart", "{\"first\":\"sato\",\"second\":\"suzuki\"}",
                        401, 403, 403, 200),
                new Row("POST", "/lunch/programmes/matrix-lunch/rounds", "{}", 401, 403, 403, 200),
                new Row("GET", "/lunch/programmes/matrix-lunch/figures", null, 401, 403, 403, 200),
                new Row("GET", "/lunch/mine", null, 401, 200, 200, 200),
                new Row("PUT", "/lunch/rounds/999999/answer", "{\"met\":true}", 401, 404, 404, 404),
                new Row("DELETE", "/lunch/programmes/matrix-lunch", "{}", 401, 403, 403, 200),
                new Row("DELETE", "/lunch/programmes/matrix-lunch", "{}", 401, 403, 403, 404));
    }

    private static List<String> check(SandboxHost host, List<Row> rows, String outsider, String insider) {
        Map<String, Http> callers = new LinkedHashMap<>();
        callers.put("anonymous", new Http(host.baseUrl()));
        callers.put(outsider, new Http(host.baseUrl()).as(outsider, outsider));
        callers.put(insider, new Http(host.baseUrl()).as(insider, insider));
        callers.put("admin", new Http(host.baseUrl()).as("admin", "admin"));
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            int[] expected = {row.anonymous(), row.outsider(), row.insider(), row.admin()};
            int i = 0;
            for (Map.Entry<String, Http> caller : callers.entrySet()) {
                int status = call(caller.getValue(), row).statusCode();
                if (status != expected[i]) {
                    mismatches.add(host.product() + " " + row.method() + " " + row.path() + " as " + caller.getKey()
                            + ": " + status + ", expected " + expected[i]);
                }
                i++;
            }
        }
        return mismatches;
    }

    /**
     * Every change of the table again, without a content type or a body but with the header that lets it past the
     * host's XSRF check: anonymous callers still get 401 and others 403 from an administrators' resource, every other
     * caller 415 from the app, whatever the caller may see.
     */
    private static List<String> checkJsonOnly(SandboxHost host, List<Row> rows, String outsider, String insider) {
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            if (row.method().equals("GET")) {
                continue;
            }
            for (String caller : java.util.Arrays.asList(null, outsider, insider, "admin")) {
                Http http = caller == null ? new Http(host.baseUrl()) : new Http(host.baseUrl()).as(caller, caller);
                int expected = caller == null ? 401
                        : row.path().startsWith("/admin") && !caller.equals("admin") ? 403 : 415;
                int status = http.send(row.method(), REST + row.path(), null, null, "X-Atlassian-Token", "no-check")
                        .statusCode();
                if (status != expected) {
                    mismatches.add(host.product() + " " + row.method() + " " + row.path() + " without JSON as "
                            + caller + ": " + status + ", expected " + expected);
                }
            }
        }
        return mismatches;
    }

    @Test
    public void everyJiraEndpointAnswersEachCallerAsItMust() throws Exception {
        new Http(SANDBOX.jira().baseUrl()).as("admin", "admin").putJson(REST + "/admin/thanks-policy", "{\"dailyLimit\":100}");
        String context = "\"contextType\":\"jira-issue\",\"contextId\":\"10003\"";
        long withdrawable = thanksId(SANDBOX.jira(), "kato", context);
        long hideable = thanksId(SANDBOX.jira(), "kato", context);
        List<Row> rows = rows(context, "contextType=jira-issue&contextId=10003", "accounting", withdrawable, hideable);

        assertEquals(List.of(), check(SANDBOX.jira(), rows, "tanaka", "kato"));
        assertEquals(List.of(), checkJsonOnly(SANDBOX.jira(), rows, "tanaka", "kato"));
    }

    /**
     * The request endpoints on COLLAB-9, a demo request only accounting and IT see: tanaka (sales) is the outsider,
     * kato (accounting, its requester) the insider. Changes are made from the version each call finds.
     */
    private static List<Row> requestRows(int version) {
        String path = "/collaboration/requests/COLLAB-9";
        String details = "{\"kind\":\"joint-task\",\"requestingDepartment\":\"accounting\","
                + "\"partnerDepartment\":\"it\",\"purpose\":\"p\",\"scope\":\"s\",\"partnerContact\":\"kobayashi\","
                + "\"decisionOwner\":\"admin\",\"version\":VERSION}";
        return List.of(
                new Row("GET", path, null, 401, 404, 200, 200),
                new Row("GET", path + "/history", null, 401, 404, 200, 200),
                new Row("GET", path + "/partnership", null, 401, 404, 200, 200),
                new Row("PUT", path, details.replace("VERSION", Integer.toString(version)), 401, 404, 200, 409),
                new Row("POST", path + "/result", "{\"resultNote\":\"n\",\"version\":" + (version + 1) + "}",
                        401, 404, 200, 409),
                new Row("POST", path + "/step", "{\"step\":\"define\",\"version\":" + (version + 2) + "}",
                        401, 404, 200, 409),
                new Row("POST", path + "/follow-up", "{\"summary\":\"s\",\"purpose\":\"p\"}", 401, 404, 409, 409),
                new Row("POST", path + "/result-page-thanks", "{\"pageId\":\"99999999\"}", 401, 404, 200, 200),
                new Row("POST", "/collaboration/requests", "{\"projectKey\":\"NOPE\",\"summary\":\"s\","
                        + "\"kind\":\"joint-task\",\"requestingDepartment\":\"accounting\",\"partnerDepartment\":\"it\","
                        + "\"purpose\":\"p\",\"scope\":\"s\"}", 401, 400, 400, 400),
                new Row("GET", "/admin/collaboration/issue-types", null, 401, 403, 403, 200),
                new Row("POST", "/admin/collaboration/issue-types", "{}", 401, 403, 403, 200),
                new Row("GET", "/admin/collaboration/projects", null, 401, 403, 403, 200),
                new Row("POST", "/admin/collaboration/projects/COLLAB", "{}", 401, 403, 403, 200));
    }

    @Test
    public void everyJiraRequestEndpointAnswersEachCallerAsItMust() throws Exception {
        int version = JSON.readTree(new Http(SANDBOX.jira().baseUrl()).as("kato", "kato")
                .get(REST + "/collaboration/requests/COLLAB-9").body()).get("version").asInt();

        assertEquals(List.of(), check(SANDBOX.jira(), requestRows(version), "tanaka", "kato"));
        assertEquals(List.of(), checkJsonOnly(SANDBOX.jira(), requestRows(version), "tanaka", "kato"));
    }

    /**
     * Changing COLLAB-1, a demo request everyone may see: ito (marketing, in none of its roles) is the outsider and
     * gets 403 for every change, tanaka (its requester) the insider; admin administers Jira. Changes are made from the
     * version each call finds, so the admin's later ones conflict.
     */
    @Test
    public void onlyTheRolesAndAdministratorsChangeARequest() throws Exception {
        int version = JSON.readTree(new Http(SANDBOX.jira().baseUrl()).as("tanaka", "tanaka")
                .get(REST + "/collaboration/requests/COLLAB-1").body()).get("version").asInt();
        String path = "/collaboration/requests/COLLAB-1";
        String details = "{\"kind\":\"information-sharing\",\"requestingDepartment\":\"sales\","
                + "\"partnerDepartment\":\"development\",\"purpose\":\"p\",\"scope\":\"s\",\"partnerContact\":\"suzuki\","
                + "\"decisionOwner\":\"sato\",\"version\":" + version + "}";
        String page = "{\"url\":\"https://wiki.example/pages/viewpage.action?pageId=2\",\"title\":\"成果\"}";
        List<Row> rows = List.of(
                new Row("GET", path, null, 401, 200, 200, 200),
                new Row("PUT", path, details, 401, 403, 200, 409),
                new Row("POST", path + "/result", "{\"resultNote\":\"n\",\"version\":" + (version + 1) + "}",
                        401, 403, 200, 409),
                new Row("POST", path + "/step", "{\"step\":\"first-contact\",\"version\":" + (version + 2) + "}",
                        401, 403, 200, 409),
                new Row("POST", path + "/follow-up", "{\"summary\":\"s\",\"purpose\":\"p\"}", 401, 403, 409, 409),
                new Row("POST", path + "/result-pages", page, 401, 403, 200, 200),
                new Row("GET", "/admin/collaboration/change-policy", null, 401, 403, 403, 200),
                new Row("PUT", "/admin/collaboration/change-policy", "{\"whoMayChange\":\"roles\"}", 401, 403, 403,
                        200));

        assertEquals(List.of(), check(SANDBOX.jira(), rows, "ito", "tanaka"));
    }

    /**
     * The goal endpoints on a goal in the space DEV, which only development (suzuki, its creator and owner) and
     * admins see: tanaka (sales) is the outsider. Changes are made from the version each call finds.
     */
    @Test
    public void everyGoalEndpointAnswersEachCallerAsItMust() throws Exception {
        Http suzuki = new Http(SANDBOX.confluence().baseUrl()).as("suzuki", "suzuki");
        var created = suzuki.postJson(REST + "/goals", GoalRestIT.goal("DEV", "開発部の目標"));
        assertEquals(created.body(), 201, created.statusCode());
        long id = JSON.readTree(created.body()).get("id").asLong();
        String path = "/goals/" + id;
        List<Row> rows = List.of(
                new Row("GET", path, null, 401, 404, 200, 200),
                new Row("GET", path + "/history", null, 401, 404, 200, 200),
                new Row("GET", path + "/updates?limit=5", null, 401, 404, 200, 200),
                new Row("GET", "/goals?space=DEV", null, 401, 200, 200, 200),
                new Row("GET", "/goals/rows?space=DEV&view=timeline", null, 401, 200, 200, 200),
                new Row("GET", "/people?user=tanaka&space=DEV", null, 401, 404, 200, 200),
                new Row("POST", path + "/updates", "{\"value\":100,\"version\":0}", 401, 404, 200, 409),
                new Row("PUT", path, GoalRestIT.withVersion(GoalRestIT.goal("DEV", "開発部の目標 (改)"), 1),
                        401, 404, 200, 409),
                new Row("POST", "/goals", GoalRestIT.goal("DEV", "もう一つ"), 401, 404, 201, 201));

        assertEquals(List.of(), check(SANDBOX.confluence(), rows, "tanaka", "suzuki"));
        assertEquals(List.of(), checkJsonOnly(SANDBOX.confluence(), rows, "tanaka", "suzuki"));

        // the goal and its requests across the link: the outsider gets 404 in Confluence, and in Jira an answer
        // whose state says the goal is not there for them (its title is never sent)
        List<Row> links = List.of(
                new Row("GET", "/goals/search?q=" + java.net.URLEncoder.encode("開発部",
                        java.nio.charset.StandardCharsets.UTF_8), null, 401, 200, 200, 200),
                new Row("GET", "/goals/search?id=" + id, null, 401, 404, 200, 200),
                new Row("GET", path + "/requests", null, 401, 404, 200, 200));
        assertEquals(List.of(), check(SANDBOX.confluence(), links, "tanaka", "suzuki"));
        List<Row> jira = List.of(
                new Row("GET", "/collaboration/goals?q=x", null, 401, 200, 200, 200),
                new Row("GET", "/collaboration/goals/" + id, null, 401, 200, 200, 200),
                new Row("GET", "/collaboration/goals/nope", null, 401, 400, 400, 400),
                new Row("GET", "/collaboration/requests?goal=" + id, null, 401, 200, 200, 200),
                new Row("GET", "/collaboration/requests?goal=nope", null, 401, 400, 400, 400));
        assertEquals(List.of(), check(SANDBOX.jira(), jira, "tanaka", "suzuki"));
    }

    /**
     * The knowledge endpoints on a results page in DEV (only development and admins see it) whose request Jira
     * refuses, so that trying again is allowed: tanaka (sales) is the outsider, suzuki (its creator) the insider; and
     * the Jira side, where Confluence records a results page on COLLAB-9 (accounting and IT only).
     */
    @Test
    public void everyKnowledgeEndpointAnswersEachCallerAsItMust() throws Exception {
        long page = dev.kakehashi.testing.Blueprints.publish(SANDBOX.confluence(), "suzuki", "DEV",
                dev.kakehashi.testing.Blueprints.fields("results", "開発部の成果", "development,it", "COLLAB-9", ""));
        List<Row> confluence = List.of(
                new Row("GET", "/knowledge/pages?kind=results&space=DEV", null, 401, 200, 200, 200),
                new Row("GET", "/knowledge/pages?kind=nosuch", null, 401, 400, 400, 400),
                new Row("POST", "/knowledge/pages/" + page + "/request-link", "{}", 401, 404, 200, 200),
                new Row("GET", "/knowledge/pages/" + page + "/my-thanks", null, 401, 404, 200, 200),
                new Row("GET", "/departments", null, 401, 200, 200, 200),
                new Row("GET", "/values", null, 401, 200, 200, 200));
        assertEquals(List.of(), check(SANDBOX.confluence(), confluence, "tanaka", "suzuki"));
        assertEquals(List.of(), checkJsonOnly(SANDBOX.confluence(), confluence, "tanaka", "suzuki"));
        String pageUrl = "{\"url\":\"https://wiki.example/pages/viewpage.action?pageId=1\",\"title\":\"成果\"}";
        List<Row> jira = List.of(
                new Row("POST", "/collaboration/requests/COLLAB-9/result-pages", pageUrl, 401, 404, 200, 200),
                new Row("GET", "/knowledge/pages?kind=results", null, 401, 200, 200, 200),
                new Row("GET", "/departments", null, 401, 200, 200, 200),
                new Row("GET", "/values", null, 401, 200, 200, 200));
        assertEquals(List.of(), check(SANDBOX.jira(), jira, "tanaka", "kato"));
        assertEquals(List.of(), checkJsonOnly(SANDBOX.jira(), jira, "tanaka", "kato"));
    }

    @Test
    public void everyConfluenceEndpointAnswersEachCallerAsItMust() throws Exception {
        new Http(SANDBOX.confluence().baseUrl()).as("admin", "admin").putJson(REST + "/admin/thanks-policy", "{\"dailyLimit\":100}");
        String context = "\"contextType\":\"confluence-page\",\"contextId\":\"65540\"";
        long withdrawable = thanksId(SANDBOX.confluence(), "suzuki", context);
        long hideable = thanksId(SANDBOX.confluence(), "suzuki", context);
        List<Row> rows = rows(context, "contextType=confluence-page&contextId=65540", "development", withdrawable,
                hideable);

        assertEquals(List.of(), check(SANDBOX.confluence(), rows, "tanaka", "suzuki"));
        assertEquals(List.of(), checkJsonOnly(SANDBOX.confluence(), rows, "tanaka", "suzuki"));
    }

    /**
     * The department profile endpoints in both products: tanaka (sales) is the outsider, suzuki (the contact of 開発)
     * the insider; 総務 has no profile yet, which only an administrator may write first. Changes of 開発's profile are
     * made from the version the insider finds, so the admin's later one conflicts.
     */
    @Test
    public void everyProfileEndpointAnswersEachCallerAsItMust() throws Exception {
        for (SandboxHost host : List.of(SANDBOX.jira(), SANDBOX.confluence())) {
            String path = "/departments/development/profile";
            int version = JSON.readTree(new Http(host.baseUrl()).as("suzuki", "suzuki").get(REST + path).body())
                    .get("version").asInt();
            String change = "{\"doesJa\":\"開発\",\"requestKind\":\"small-poc\",\"contacts\":[\"suzuki\"],"
                    + "\"challenges\":[],\"version\":VERSION}";
            List<Row> rows = List.of(
                    new Row("GET", path, null, 401, 200, 200, 200),
                    new Row("GET", "/departments/general-affairs/profile", null, 401, 200, 200, 200),
                    new Row("GET", "/departments/nope/profile", null, 401, 404, 404, 404),
                    new Row("PUT", path, change.replace("VERSION", Integer.toString(version)), 401, 403, 200, 409),
                    new Row("PUT", "/departments/nope/profile", change.replace("VERSION", "0"), 401, 404, 404, 404),
                    new Row("PUT", "/departments/general-affairs/profile", change.replace("VERSION", "0")
                            .replace("\"suzuki\"", "\"yoshida\""), 401, 403, 403, 200));

            assertEquals(List.of(), check(host, rows, "tanaka", "suzuki"));
            assertEquals(List.of(), checkJsonOnly(host, rows, "tanaka", "suzuki"));
        }
    }

    /**
     * The community endpoints in both products, on a pilot tanaka starts with takahashi (開発) as the other leader:
     * ito (マーケティング) is the outsider, who does not see the pilot at all (404), takahashi (a leader) the insider;
     * the administrator is neither a member nor an approver and does not see it either, until it opens.
     */
    @Test
    public void everyCommunityEndpointAnswersEachCallerAsItMust() throws Exception {
        for (SandboxHost host : List.of(SANDBOX.jira(), SANDBOX.confluence())) {
            HttpResponse<String> created = new Http(host.baseUrl()).as("tanaka", "tanaka").postJson(REST
                    + "/communities", "{\"key\":\"matrix-pilot\",\"nameEn\":\"M\",\"nameJa\":\"M\",\"purpose\":\"p\","
                    + "\"rules\":\"r\",\"sponsor\":\"yoshida\",\"leaders\":[\"takahashi\"]}");
            assertEquals(created.body(), 200, created.statusCode());
            String c = "/communities/matrix-pilot";
            String change = "{\"nameEn\":\"M2\",\"nameJa\":\"M2\",\"purpose\":\"p\",\"rules\":\"r\"}";
            HttpResponse<String> added = new Http(host.baseUrl()).as("tanaka", "tanaka").postJson(REST + c + "/board",
                    "{\"kind\":\"ANSWER\",\"url\":\"/y\",\"title\":\"tanaka's\"}");
            assertEquals(added.body(), 200, added.statusCode());
            String item = c + "/board/" + JSON.readTree(added.body()).get("id").asText();
            List<Row> rows = List.of(
                    new Row("GET", "/communities", null, 401, 200, 200, 200),
                    new Row("GET", c, null, 401, 404, 200, 404),
                    new Row("GET", "/communities/nope", null, 401, 404, 404, 404),
                    new Row("GET", c + "/board", null, 401, 404, 200, 404),
                    new Row("GET", c + "/report", null, 401, 404, 204, 404),
                    new Row("POST", "/communities", "{\"key\":\"matrix-new\",\"nameEn\":\"N\",\"nameJa\":\"N\","
                            + "\"purpose\":\"p\",\"rules\":\"r\",\"sponsor\":\"yoshida\",\"leaders\":[\"suzuki\"]}",
                            401, 200, 400, 409),
                    new Row("PUT", c, change, 401, 404, 200, 404),
                    new Row("POST", c + "/members", "{\"username\":\"kato\"}", 401, 404, 200, 404),
                    new Row("PUT", c + "/ladder", "{\"username\":\"kato\",\"step\":\"PRESENTER\"}", 401, 404, 200, 404),
                    new Row("POST", c + "/sessions", "{\"heldOn\":\"2026-11-02\",\"format\":\"ONLINE\","
                            + "\"attendees\":[\"kato\"]}", 401, 404, 200, 404),
                    new Row("POST", c + "/board", "{\"kind\":\"ANSWER\",\"url\":\"/x\",\"title\":\"t\"}",
                            401, 404, 200, 404),
                    // a leader takes tanaka's output off the board; an item of no community is 404 to everyone
                    new Row("DELETE", item, "{}", 401, 404, 204, 404),
                    new Row("DELETE", c + "/board/999999", "{}", 401, 404, 404, 404),
                    new Row("POST", c + "/join", "{\"rulesVersion\":1}", 401, 404, 200, 404),
                    new Row("POST", c + "/leave", "{}", 401, 404, 409, 404),
                    new Row("POST", c + "/recognition/approval", "{}", 401, 404, 409, 404),
                    new Row("POST", c + "/recognition", "{}", 401, 404, 200, 404),
                    new Row("POST", c + "/recognition/approval", "{}", 401, 404, 403, 404),
                    // the first-pin finder and invitations are the sponsor's (yoshida), answers the invitee's
                    new Row("GET", c + "/pins/candidates", null, 401, 404, 403, 404),
                    new Row("POST", c + "/pins", "{\"username\":\"kato\"}", 401, 404, 403, 404),
                    new Row("POST", c + "/pins/answer", "{\"accept\":true}", 401, 404, 404, 404),
                    new Row("PUT", c + "/people", "{\"leaders\":[\"tanaka\",\"takahashi\"],\"sponsor\":\"yoshida\"}",
                            401, 404, 200, 404),
                    new Row("POST", c + "/open", "{}", 401, 404, 200, 403));

            assertEquals(List.of(), check(host, rows, "ito", "takahashi"));
            assertEquals(List.of(), checkJsonOnly(host, rows, "ito", "takahashi"));
        }
        assertEquals(List.of(), checkPage(SANDBOX.jira(), "/plugins/servlet/kakehashi/communities",
                "kakehashi-community-list", "ito", "takahashi"));
        assertEquals(List.of(), checkPage(SANDBOX.confluence(), "/plugins/servlet/kakehashi/communities/reading-circle",
                "class=\"kakehashi-community\"", "ito", "takahashi"));
    }

    /**
     * A page of the app or the host (not REST) as the four callers see it: anonymous visitors are sent to the login
     * (302), every logged-in caller gets 200 with the element (marker) the page must hold.
     */
    private static List<String> checkPage(SandboxHost host, String path, String marker, String outsider,
                                          String insider) {
        List<String> mismatches = new ArrayList<>();
        HttpResponse<String> anonymous = new Http(host.baseUrl()).get(path);
        if (anonymous.statusCode() != 302 || !anonymous.headers().firstValue("Location").orElse("").contains("login")
                || anonymous.body().contains(marker)) {
            mismatches.add(host.product() + " GET " + path + " as anonymous: " + anonymous.statusCode() + " "
                    + anonymous.headers().firstValue("Location").orElse("") + ", expected 302 to the login");
        }
        for (String caller : List.of(outsider, insider, "admin")) {
            HttpResponse<String> page = new Http(host.baseUrl()).as(caller, caller).get(path);
            if (page.statusCode() != 200 || !page.body().contains(marker)) {
                mismatches.add(host.product() + " GET " + path + " as " + caller + ": " + page.statusCode()
                        + (page.body().contains(marker) ? "" : " without " + marker) + ", expected 200");
            }
        }
        return mismatches;
    }

    /**
     * The department map: its Jira page and a Confluence page holding the collaboration-map macro send anonymous
     * visitors to the login and show every logged-in caller the map's shell, whose figures come from the REST rows
     * (anonymous 401; only administrators recompute, with JSON).
     */
    @Test
    public void theDepartmentMapPageAndMacroAnswerEachCallerAsTheyMust() throws Exception {
        String shell = "class=\"kakehashi-map\"";
        assertEquals(List.of(), checkPage(SANDBOX.jira(), "/plugins/servlet/kakehashi/department-map?days=30",
                shell, "tanaka", "kato"));

        Http admin = new Http(SANDBOX.confluence().baseUrl()).as("admin", "admin");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"")
                .matcher(admin.get("/pages/createpage.action?spaceKey=DEMO").body());
        org.junit.Assert.assertTrue(token.find());
        String storage = "<ac:structured-macro ac:name=\"collaboration-map\"><ac:parameter ac:name=\"days\">30"
                + "</ac:parameter></ac:structured-macro>";
        HttpResponse<String> published = admin.post("/pages/docreatepage.action", "application/x-www-form-urlencoded",
                "spaceKey=DEMO&title=" + java.net.URLEncoder.encode("部署マップ (matrix)", java.nio.charset.StandardCharsets.UTF_8)
                        + "&wysiwygContent=" + java.net.URLEncoder.encode(storage, java.nio.charset.StandardCharsets.UTF_8)
                        + "&atl_token=" + token.group(1));
        assertEquals(published.body(), 302, published.statusCode());
        String page = published.headers().firstValue("Location").orElseThrow();
        assertEquals(List.of(), checkPage(SANDBOX.confluence(), page.substring(page.indexOf("/pages/")), shell,
                "tanaka", "suzuki"));
    }

    /**
     * The lunch page in both products: anonymous visitors go to the login, every logged-in caller gets the page, and
     * only administrators get its administration (programmes, pairs kept apart, figures).
     */
    @Test
    public void theLunchPageAnswersEachCallerAsTheyMust() {
        for (SandboxHost host : List.of(SANDBOX.jira(), SANDBOX.confluence())) {
            assertEquals(List.of(), checkPage(host, "/plugins/servlet/kakehashi/lunch", "class=\"kakehashi-lunch\"",
                    "tanaka", "kato"));
            for (String caller : List.of("tanaka", "kato")) {
                String body = new Http(host.baseUrl()).as(caller, caller).get("/plugins/servlet/kakehashi/lunch?manage=true")
                        .body();
                org.junit.Assert.assertFalse(caller, body.contains("kakehashi-lunch-admin-programme"));
                org.junit.Assert.assertFalse(caller, body.contains("kakehashi-lunch-figures"));
            }
            org.junit.Assert.assertTrue(new Http(host.baseUrl()).as("admin", "admin")
                    .get("/plugins/servlet/kakehashi/lunch?manage=true").body()
                    .contains("kakehashi-lunch-admin-programme"));
        }
    }

    /**
     * The event endpoints and page in both products: ito (マーケティング) organises a draft event with suzuki, nakamura
     * (サポート) is the outsider. A draft is absent (404) to everyone but its organisers and invitees, administrators
     * included: seeing an event is not an administrator's right. The events page shows every logged-in caller its list.
     */
    @Test
    public void everyEventEndpointAndThePageAnswerEachCallerAsTheyMust() throws Exception {
        for (SandboxHost host : List.of(SANDBOX.jira(), SANDBOX.confluence())) {
            String create = "{\"title\":\"matrix\",\"format\":\"lunch\",\"mode\":\"offline\",\"place\":\"5F\","
                    + "\"start\":\"2030-01-10T12:00\",\"end\":\"2030-01-10T13:00\",\"gain\":\"g\","
                    + "\"organisers\":[\"suzuki\"]}";
            HttpResponse<String> created = new Http(host.baseUrl()).as("ito", "ito").postJson(REST + "/events", create);
            assertEquals(created.body(), 200, created.statusCode());
            String event = "/events/" + JSON.readTree(created.body()).get("id").asText();
            List<Row> rows = List.of(
                    new Row("GET", "/events", null, 401, 200, 200, 200),
                    new Row("POST", "/events", create, 401, 200, 200, 200),
                    new Row("GET", event, null, 401, 404, 200, 404),
                    new Row("GET", "/events/999999", null, 401, 404, 404, 404),
                    new Row("GET", event + "/ical", null, 401, 404, 200, 404),
                    new Row("GET", event + "/funnel", null, 401, 404, 200, 404),
                    new Row("PUT", event + "/answer", "{\"answer\":\"yes\"}", 401, 404, 200, 404),
                    new Row("POST", event + "/wanted", "{\"username\":\"tanaka\"}", 401, 404, 200, 404),
                    new Row("POST", event + "/invitations", "{\"username\":\"tanaka\",\"message\":\"m\"}", 401,
                            404, 200, 404),
                    new Row("PUT", event + "/invitation", "{\"answer\":\"yes\"}", 401, 404, 404, 404),
                    new Row("POST", event + "/announce", "{}", 401, 404, 409, 404),
                    new Row("PUT", event + "/attendance", "{\"username\":\"tanaka\",\"attended\":true}", 401, 404,
                            200, 404),
                    new Row("GET", event + "/follow-up", null, 401, 404, 200, 404),
                    new Row("GET", event + "/preparation", null, 401, 404, 200, 404),
                    new Row("POST", event + "/preparation", "{\"projectKey\":\"NOPE\"}", 401, 404, 400, 404),
                    new Row("PUT", event + "/survey", "{\"worth\":5,\"connected\":4,\"again\":5}", 401, 404,
                            403, 404),
                    new Row("POST", event + "/topics", "{\"text\":\"matrix\"}", 401, 404, 200, 404),
                    new Row("PUT", event + "/topics/999999/vote", "{\"vote\":true}", 401, 404, 404, 404),
                    new Row("PUT", event, create, 401, 404, 200, 404),
                    new Row("PUT", event + "/organisers", "{\"organisers\":[\"ito\",\"suzuki\"]}", 401, 404, 200,
                            404),
                    // last of the event's rows: once cancelled, the event takes no more changes (409)
                    new Row("POST", event + "/cancel", "{\"note\":\"matrix\"}", 401, 404, 200, 404),
                    new Row("GET", "/admin/events", null, 401, 403, 403, 200),
                    new Row("PUT", "/admin/events", "{\"invitationsBeforeBroadcast\":5}", 401, 403, 403, 200),
                    new Row("GET", "/admin/events/audiences", null, 401, 403, 403, 200),
                    new Row("PUT", "/admin/events/audiences/site/matrix",
                            "{\"nameEn\":\"M\",\"nameJa\":\"M\",\"hostGroup\":\"site-tokyo\"}", 401, 403, 403,
                            200),
                    new Row("DELETE", "/admin/events/audiences/site/matrix", "{}", 401, 403, 403, 204));

            assertEquals(List.of(), check(host, rows, "nakamura", "ito"));
            assertEquals(List.of(), checkJsonOnly(host, rows, "nakamura", "ito"));
            assertEquals(List.of(), checkPage(host, "/plugins/servlet/kakehashi/events", "class=\"kakehashi-events\"",
                    "nakamura", "ito"));
        }
    }
}
