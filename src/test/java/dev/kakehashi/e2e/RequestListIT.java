package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Jira shows a request's step, departments and due date: as the indexed issue property in JQL (the issue navigator
 * and a board's quick filters) and on the "requests to / from my department" page.
 */
public class RequestListIT {
    private static final String REQUESTS = "/rest/kakehashi/1.0/collaboration/requests";
    private static final String PAGE = "/plugins/servlet/kakehashi/requests";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    private static String create(String summary, String from, String to, String contact) {
        HttpResponse<String> created = SANDBOX.jira("tanaka").postJson(REQUESTS, "{\"projectKey\":\"COLLAB\","
                + "\"summary\":\"" + summary + "\",\"kind\":\"joint-task\",\"requestingDepartment\":\"" + from
                + "\",\"partnerDepartment\":\"" + to + "\",\"purpose\":\"目的\",\"scope\":\"範囲\",\"helpKind\":\"\","
                + "\"partnerBenefit\":\"\",\"partnerContact\":\"" + contact + "\",\"decisionOwner\":\"\","
                + "\"dueDate\":\"" + LocalDate.now().plusDays(10) + "\"}");
        assertEquals(created.body(), 201, created.statusCode());
        return Http.json(created).get("issueKey").asText();
    }

    private static String search(String user, String jql) {
        return SANDBOX.jira(user).get("/issues/?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8)).body();
    }

    private static boolean lists(String body, String key) {
        return body.contains("data-issuekey=\"" + key + "\"");
    }

    @Test
    public void jqlFindsRequestsByTheStepDepartmentsAndDueDateOfTheirIssueProperty() {
        String key = create("JQL で探せる依頼", "sales", "development", "suzuki");
        String atStepOne = "project = COLLAB AND issue.property[kakehashi.request].step = 1";

        assertTrue(lists(search("tanaka", atStepOne), key));
        assertTrue(lists(search("suzuki", "issue.property[kakehashi.request].toDepartment = development AND "
                + "issue.property[kakehashi.request].due >= " + LocalDate.now()), key));
        assertFalse(lists(search("suzuki", "issue.property[kakehashi.request].fromDepartment = support"), key));

        HttpResponse<String> moved = SANDBOX.jira("suzuki").postJson(REQUESTS + "/" + key + "/step",
                "{\"step\":\"first-contact\",\"version\":0}");
        assertEquals(moved.body(), 200, moved.statusCode());

        assertFalse("the property follows the step", lists(search("tanaka", atStepOne), key));
        assertTrue(lists(search("tanaka", "issue.property[kakehashi.request].step >= 2"), key));
    }

    @Test
    public void theBoardsQuickFilterStepThreeShowsTheRequestsAtStepThree() {
        String board = SANDBOX.jira("tanaka").get("/secure/RapidBoard.jspa?rapidView=1&quickFilter=3").body();
        String all = SANDBOX.jira("tanaka").get("/secure/RapidBoard.jspa?rapidView=1").body();

        assertTrue(board, board.contains("顧客からの機能要望を月次で開発部へ共有する"));
        assertTrue("the demo request at step 5 is on the board", all.contains("よくある問い合わせ上位 10 件の再現手順をまとめる"));
        assertFalse("but not under Step 3", board.contains("よくある問い合わせ上位 10 件の再現手順をまとめる"));
        assertTrue(board.contains("aria-pressed=\"true\" data-filter-id=\"3\""));
    }

    @Test
    public void thePartnerSeesTheRequestInRequestsToMyDepartmentInBothLanguages() {
        String key = create("開発部への依頼一覧に出る依頼", "sales", "development", "suzuki");

        String japanese = SANDBOX.jira("suzuki").inLanguage("ja").get(PAGE + "?side=to").body();
        String english = SANDBOX.jira("suzuki").inLanguage("en").get(PAGE + "?side=to").body();
        String requester = SANDBOX.jira("tanaka").inLanguage("en").get(PAGE + "?side=from").body();
        String requesterTo = SANDBOX.jira("tanaka").inLanguage("en").get(PAGE + "?side=to").body();

        assertTrue(japanese, japanese.contains("自部署への依頼") && japanese.contains("data-issue-key=\"" + key + "\""));
        assertTrue(japanese.contains("ステップ 1: "));
        assertTrue(english.contains("Requests to my department") && english.contains("Step 1: Define the request"));
        assertTrue(english.contains("data-issue-key=\"" + key + "\""));
        assertTrue("the requester finds it under from my department", requester.contains("data-issue-key=\"" + key
                + "\""));
        assertFalse(requesterTo.contains("data-issue-key=\"" + key + "\""));
    }

    @Test
    public void theListNeedsALoginAndIsLinkedFromJirasHeader() {
        HttpResponse<String> anonymous = new Http(SANDBOX.jira().baseUrl()).get(PAGE);
        assertFalse(anonymous.body().contains("kakehashi-request-row"));
        assertTrue(anonymous.statusCode() + " " + anonymous.uri(), anonymous.statusCode() / 100 == 3
                || anonymous.uri().toString().contains("login"));
        assertTrue(SANDBOX.jira("suzuki").get("/secure/Dashboard.jspa").body().contains("kakehashi-request-list-link"));
    }
}
