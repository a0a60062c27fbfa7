package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Collaboration requests over real HTTP against the Jira sandbox: creating one through Jira's issue creation,
 * moving it through the steps with clear refusals in the caller's language, versions, JQL search, the admin API,
 * and Confluence, where there are no requests.
 */
public class CollaborationRestIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REQUESTS = "/rest/kakehashi/1.0/collaboration/requests";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    private static String newRequest(String summary, String benefit, String due) {
        return "{\"projectKey\":\"COLLAB\",\"summary\":\"" + summary + "\",\"kind\":\"joint-task\","
                + "\"requestingDepartment\":\"sales\",\"partnerDepartment\":\"development\","
                + "\"purpose\":\"提案資料を顧客の声に合わせて直したい\",\"scope\":\"テンプレート 1 点のレビュー\","
                + "\"helpKind\":\"レビュー\",\"partnerBenefit\":\"" + benefit + "\",\"partnerContact\":\"suzuki\","
                + "\"decisionOwner\":\"sato\",\"dueDate\":\"" + due + "\"}";
    }

    private static String create(String summary, String benefit) {
        HttpResponse<String> created = SANDBOX.jira("tanaka").postJson(REQUESTS,
                newRequest(summary, benefit, LocalDate.now().plusDays(14).toString()));
        assertEquals(created.body(), 201, created.statusCode());
        return Http.json(created).get("issueKey").asText();
    }

    private static JsonNode move(Http caller, String key, String step, int version, int status) {
        HttpResponse<String> moved = caller.postJson(REQUESTS + "/" + key + "/step",
                "{\"step\":\"" + step + "\",\"version\":" + version + "}");
        assertEquals(moved.body(), status, moved.statusCode());
        return Http.json(moved);
    }

    @Test
    public void aRequestIsCreatedAsAJiraIssueAndShowsItsPanel() {
        String key = create("営業資料のレビューを開発部に依頼", "");

        assertTrue(key, key.startsWith("COLLAB-"));
        JsonNode request = Http.json(SANDBOX.jira("suzuki").get(REQUESTS + "/" + key));
        assertEquals(1, request.get("step").asInt());
        assertEquals("田中 美咲", request.get("requester").get("displayName").asText());
        assertEquals("suzuki", request.get("partnerContact").get("username").asText());
        assertEquals("sales", request.get("requestingDepartment").asText());
        String page = SANDBOX.jira("tanaka").get("/browse/" + key).body();
        assertTrue(page, page.contains("kakehashi-request"));
        assertTrue(page, page.contains("aui-progress-tracker"));
        assertFalse("the panel is only on request issues",
                SANDBOX.jira("tanaka").get("/browse/DEMO-1").body().contains("class=\"kakehashi-request\""));
    }

    @Test
    public void noAgreementWithoutABenefitForThePartnerSaidInTheCallersLanguage() {
        String key = create("ナレッジ共有の依頼", "");
        move(SANDBOX.jira("tanaka"), key, "first-contact", 0, 200);

        JsonNode refused = move(SANDBOX.jira("tanaka").inLanguage("ja"), key, "agreed", 1, 400);
        List<String> messages = new ArrayList<>();
        refused.get("errors").forEach(e -> messages.add(e.get("message").asText()));
        assertTrue(messages.toString(), messages.contains("相手部署のメリット (相手は何を得られるか)"));
        JsonNode english = move(SANDBOX.jira("tanaka").inLanguage("en"), key, "agreed", 1, 400);
        assertEquals("the benefit for the partner department: what do they gain?",
                english.get("errors").get(0).get("message").asText());
        assertEquals(2, Http.json(SANDBOX.jira("tanaka").get(REQUESTS + "/" + key)).get("step").asInt());
    }

    @Test
    public void twoPeopleMovingTheSameVersionConflict() {
        String key = create("同時に動かす依頼", "開発部も顧客の声を知れる");
        move(SANDBOX.jira("tanaka"), key, "first-contact", 0, 200);

        JsonNode conflict = move(SANDBOX.jira("suzuki"), key, "agreed", 0, 409);

        assertTrue(conflict.get("message").asText(), conflict.get("message").asText().length() > 10);
    }

    @Test
    public void changesTakeJsonOnlyAndNeedAVersion() {
        String key = create("JSON だけ", "メリット");

        HttpResponse<String> form = SANDBOX.jira("tanaka").post(REQUESTS + "/" + key + "/step",
                "application/x-www-form-urlencoded", "step=first-contact&version=0");
        assertTrue(form.body(), form.statusCode() == 415 || form.statusCode() == 403);
        HttpResponse<String> noVersion = SANDBOX.jira("tanaka").postJson(REQUESTS + "/" + key + "/step",
                "{\"step\":\"first-contact\"}");
        assertEquals(400, noVersion.statusCode());
        assertEquals("version", Http.json(noVersion).get("errors").get(0).get("field").asText());
    }

    @Test
    public void invalidDetailsAreAllReportedAndJirasOwnRefusalsPassThrough() {
        HttpResponse<String> bad = SANDBOX.jira("tanaka").postJson(REQUESTS, "{\"projectKey\":\"COLLAB\",\"summary\":\"\","
                + "\"kind\":\"joint-task\",\"requestingDepartment\":\"sales\",\"partnerDepartment\":\"sales\","
                + "\"purpose\":\"\",\"scope\":\"x\",\"dueDate\":\"2020-01-01\"}");
        assertEquals(bad.body(), 400, bad.statusCode());
        List<String> fields = new ArrayList<>();
        Http.json(bad).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertTrue(fields.toString(), fields.containsAll(List.of("summary", "partnerDepartment", "purpose", "dueDate")));
    }

    @Test
    public void anIssueTheCallerCannotSeeAnswersLikeOneThatDoesNotExist() {
        HttpResponse<String> hidden = SANDBOX.jira("tanaka").get(REQUESTS + "/DEMO-4");
        HttpResponse<String> missing = SANDBOX.jira("tanaka").get(REQUESTS + "/DEMO-999");

        assertEquals(404, hidden.statusCode());
        assertEquals(missing.body(), hidden.body());
        assertFalse(hidden.body().contains("経理システム"));
        assertEquals(401, new Http(SANDBOX.jira().baseUrl()).get(REQUESTS + "/DEMO-1").statusCode());
    }

    @Test
    public void jqlFindsRequestsByDepartmentsAndStep() {
        String key = create("JQL で探す依頼", "メリット");
        move(SANDBOX.jira("tanaka"), key, "first-contact", 0, 200);

        String jql = "issue in collaborationRequests(\"from=営業\", \"to=development\", \"step=2\")";
        String page = SANDBOX.jira("tanaka").get("/issues/?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8)).body();

        assertTrue(page, page.contains("data-issuekey=\"" + key + "\""));
        String none = SANDBOX.jira("tanaka").get("/issues/?jql=" + URLEncoder.encode(
                "issue in collaborationRequests(\"from=development\", \"step=2\")", StandardCharsets.UTF_8)).body();
        assertFalse(none.contains("data-issuekey=\"" + key + "\""));
        String wrong = SANDBOX.jira("tanaka").inLanguage("en").get("/issues/?jql=" + URLEncoder.encode(
                "issue in collaborationRequests(\"colour=red\")", StandardCharsets.UTF_8)).body();
        assertTrue(wrong, wrong.contains("does not understand"));
    }

    private static String search(String user, String language, String... terms) {
        String jql = "issue in collaborationRequests(\"" + String.join("\", \"", terms) + "\")";
        return SANDBOX.jira(user).inLanguage(language).get("/issues/?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8))
                .body();
    }

    private static boolean lists(String page, String key) {
        return page.contains("data-issuekey=\"" + key + "\"");
    }

    @Test
    public void jqlTermsOnOneFieldIntersectSeveralKindsMeanAnyAndContradictionsAreErrors() {
        String two = create("ステップ 2 の依頼", "メリット");
        move(SANDBOX.jira("tanaka"), two, "first-contact", 0, 200);
        String three = create("ステップ 3 の依頼", "開発部も顧客の声を知れる");
        move(SANDBOX.jira("tanaka"), three, "first-contact", 0, 200);
        move(SANDBOX.jira("tanaka"), three, "agreed", 1, 200);
        HttpResponse<String> created = SANDBOX.jira("tanaka").postJson(REQUESTS, newRequest("小さな PoC の依頼", "",
                LocalDate.now().plusDays(14).toString()).replace("joint-task", "small-poc"));
        String poc = Http.json(created).get("issueKey").asText();

        String steps = search("tanaka", "en", "step>=3", "step<=4");
        assertTrue(steps, lists(steps, three));
        assertFalse("step 2 is not in steps 3 to 4", lists(steps, two));
        assertFalse(lists(search("tanaka", "en", "step<=4", "step>=3", "step<3"), three));
        String kinds = search("tanaka", "en", "kind=small-poc", "kind=joint-task", "step<=2");
        assertTrue(kinds, lists(kinds, poc) && lists(kinds, two));
        assertFalse(lists(kinds, three));
        assertFalse(lists(search("tanaka", "en", "kind=small-poc"), two));

        String english = search("tanaka", "en", "step>=5", "step<=2");
        assertTrue(english, english.contains("no request can match"));
        assertFalse(lists(english, two));
        String japanese = search("tanaka", "ja", "from=営業", "from=開発");
        assertTrue(japanese, japanese.contains("をすべて満たす依頼はありません"));
        String tooLong = search("tanaka", "en", "from=" + "営".repeat(300));
        assertTrue(tooLong, tooLong.contains("a term may have at most 250 characters"));
    }

    @Test
    public void adminsSeeTheIssueTypesAndAddThemToAProject() {
        Http admin = SANDBOX.jira("admin");
        JsonNode types = Http.json(admin.get("/rest/kakehashi/1.0/admin/collaboration/issue-types"));
        assertEquals(dev.kakehashi.collaboration.RequestKind.values().length, types.size());
        types.forEach(t -> assertTrue(t.toString(), t.get("present").asBoolean()));
        assertEquals(403, SANDBOX.jira("tanaka").get("/rest/kakehashi/1.0/admin/collaboration/issue-types").statusCode());

        JsonNode projects = Http.json(admin.get("/rest/kakehashi/1.0/admin/collaboration/projects"));
        JsonNode demoBefore = null;
        for (JsonNode p : projects) {
            if (p.get("key").asText().equals("DEMO")) {
                demoBefore = p;
            }
        }
        assertTrue("Jira puts new issue types into the default scheme, which DEMO uses",
                demoBefore.get("defaultScheme").asBoolean() && demoBefore.get("offered").size() == types.size());

        JsonNode demo = Http.json(admin.postJson("/rest/kakehashi/1.0/admin/collaboration/projects/DEMO", "{}"));
        assertEquals("adding again changes nothing", demoBefore, demo);
        HttpResponse<String> created = SANDBOX.jira("tanaka").postJson(REQUESTS,
                newRequest("DEMO での依頼", "", "").replace("\"COLLAB\"", "\"DEMO\""));
        assertEquals(created.body(), 201, created.statusCode());
        assertTrue(Http.json(created).get("issueKey").asText().startsWith("DEMO-"));
        assertEquals(404, admin.postJson("/rest/kakehashi/1.0/admin/collaboration/projects/NOPE", "{}").statusCode());
        JsonNode again = Http.json(admin.postJson("/rest/kakehashi/1.0/admin/collaboration/issue-types", "{}"));
        assertEquals("installing again changes nothing", types, again);
    }

    @Test
    public void resolvingTheIssuePromptsTheRequesterToShareAndThank() {
        String key = create("解決したら共有する依頼", "メリット");
        assertFalse(Http.json(SANDBOX.jira("tanaka").get(REQUESTS + "/" + key)).get("resolvedPrompt").asBoolean());

        HttpResponse<String> resolved = SANDBOX.jira("suzuki").post("/secure/sandbox/resolve",
                "application/x-www-form-urlencoded", "key=" + key, "X-Atlassian-Token", "no-check");
        assertTrue(resolved.body(), resolved.statusCode() < 400);

        assertTrue("the requester is prompted", Http.json(SANDBOX.jira("tanaka").get(REQUESTS + "/" + key)).get("resolvedPrompt")
                .asBoolean());
        assertFalse("the partner contact is not", Http.json(SANDBOX.jira("suzuki").get(REQUESTS + "/" + key)).get("resolvedPrompt")
                .asBoolean());
        JsonNode history = Http.json(SANDBOX.jira("tanaka").get(REQUESTS + "/" + key + "/history"));
        assertEquals("resolved", history.get(history.size() - 1).get("event").asText());
        assertEquals("suzuki", history.get(history.size() - 1).get("actor").get("username").asText());
        assertTrue(SANDBOX.jira("tanaka").get("/browse/" + key).body().contains("kakehashi-request-prompt"));
    }

    private static final String CHANGE_POLICY = "/rest/kakehashi/1.0/admin/collaboration/change-policy";

    @Test
    public void onlyTheRolesAndAdministratorsChangeARequestUnlessAnAdminWidensIt() {
        String key = create("役割の人だけが動かす依頼", "メリット");
        String rewrite = "{\"kind\":\"joint-task\",\"requestingDepartment\":\"sales\","
                + "\"partnerDepartment\":\"development\",\"purpose\":\"p\",\"scope\":\"書き換えた範囲\","
                + "\"partnerContact\":\"suzuki\",\"decisionOwner\":\"sato\",\"version\":0}";

        for (String outsider : List.of("ito", "guest")) {
            JsonNode request = Http.json(SANDBOX.jira(outsider).get(REQUESTS + "/" + key));
            assertFalse(outsider, request.get("canChange").asBoolean());
            HttpResponse<String> moved = SANDBOX.jira(outsider).postJson(REQUESTS + "/" + key + "/step",
                    "{\"step\":\"first-contact\",\"version\":0}");
            assertEquals(moved.body(), 403, moved.statusCode());
            assertEquals(403, Http.json(moved).get("status").asInt());
            assertFalse(Http.json(moved).get("message").asText().isBlank());
            assertEquals(403, SANDBOX.jira(outsider).putJson(REQUESTS + "/" + key, rewrite).statusCode());
            String page = SANDBOX.jira(outsider).get("/browse/" + key).body();
            assertTrue(page, page.contains("kakehashi-request"));
            assertFalse(outsider + " sees no change buttons", page.contains("kakehashi-request-advance"));
            assertFalse(page.contains("kakehashi-request-edit-form"));
        }
        assertEquals("テンプレート 1 点のレビュー", Http.json(SANDBOX.jira("tanaka").get(REQUESTS + "/" + key)).get("scope").asText());
        assertEquals(0, Http.json(SANDBOX.jira("tanaka").get(REQUESTS + "/" + key)).get("version").asInt());

        assertTrue("yoshida administers COLLAB", Http.json(SANDBOX.jira("yoshida").get(REQUESTS + "/" + key)).get("canChange")
                .asBoolean());
        assertTrue(SANDBOX.jira("yoshida").get("/browse/" + key).body().contains("kakehashi-request-advance"));
        move(SANDBOX.jira("yoshida"), key, "first-contact", 0, 200);
        move(SANDBOX.jira("admin"), key, "define", 1, 200);

        assertEquals(403, SANDBOX.jira("tanaka").putJson(CHANGE_POLICY, "{\"whoMayChange\":\"edit-issues\"}").statusCode());
        assertEquals(400, SANDBOX.jira("admin").putJson(CHANGE_POLICY, "{\"whoMayChange\":\"everyone\"}").statusCode());
        assertEquals("roles", Http.json(SANDBOX.jira("admin").get(CHANGE_POLICY)).get("whoMayChange").asText());
        try {
            HttpResponse<String> widened = SANDBOX.jira("admin").putJson(CHANGE_POLICY, "{\"whoMayChange\":\"edit-issues\"}");
            assertEquals(widened.body(), 200, widened.statusCode());
            assertEquals("edit-issues", Http.json(SANDBOX.jira("admin").get(CHANGE_POLICY)).get("whoMayChange").asText());
            assertTrue(Http.json(SANDBOX.jira("ito").get(REQUESTS + "/" + key)).get("canChange").asBoolean());
            move(SANDBOX.jira("ito"), key, "first-contact", 2, 200);
        } finally {
            assertEquals(200, SANDBOX.jira("admin").putJson(CHANGE_POLICY, "{\"whoMayChange\":\"roles\"}").statusCode());
        }
        assertEquals(403, SANDBOX.jira("ito").postJson(REQUESTS + "/" + key + "/step",
                "{\"step\":\"define\",\"version\":3}").statusCode());
    }

    @Test
    public void aPrivateThanksToThePartnerLeavesStepSixMissingForEveryone() {
        String key = create("内緒のお礼では進まない依頼", "メリット");
        move(SANDBOX.jira("tanaka"), key, "first-contact", 0, 200);
        move(SANDBOX.jira("tanaka"), key, "agreed", 1, 200);
        move(SANDBOX.jira("tanaka"), key, "working", 2, 200);
        HttpResponse<String> shared = SANDBOX.jira("tanaka").postJson(REQUESTS + "/" + key + "/result",
                "{\"resultNote\":\"まとめました\",\"version\":3}");
        assertEquals(shared.body(), 200, shared.statusCode());
        move(SANDBOX.jira("tanaka"), key, "result-shared", 4, 200);
        String issueId = Http.json(SANDBOX.jira("tanaka").get(REQUESTS + "/" + key)).get("issueId").asText();

        HttpResponse<String> sent = SANDBOX.jira("tanaka").postJson("/rest/kakehashi/1.0/thanks", "{\"recipients\":[\"suzuki\"],"
                + "\"message\":\"内緒のお礼\",\"value\":\"collaboration\",\"visibility\":\"private\","
                + "\"contextType\":\"jira-issue\",\"contextId\":\"" + issueId + "\"}");
        assertEquals(sent.body(), 201, sent.statusCode());

        for (String reader : List.of("tanaka", "suzuki", "sato", "ito")) {
            JsonNode request = Http.json(SANDBOX.jira(reader).get(REQUESTS + "/" + key));
            assertFalse(reader, request.get("partnerThanked").asBoolean());
            assertEquals(reader, 1, request.get("missing").size());
        }
        assertEquals(400, SANDBOX.jira("tanaka").postJson(REQUESTS + "/" + key + "/step",
                "{\"step\":\"next-proposed\",\"version\":5}").statusCode());
    }

    /** How many thanks the partnership box of a request tells this reader went from A to B. */
    private static int aToB(String reader, String key) {
        HttpResponse<String> partnership = SANDBOX.jira(reader).get(REQUESTS + "/" + key + "/partnership");
        assertEquals(partnership.body(), 200, partnership.statusCode());
        return Http.json(partnership).get("thanksAToB").asInt();
    }

    @Test
    public void thePartnershipCountsOnlyThanksItsReaderMaySee() {
        // COLLAB-9 (accounting and IT only): kato thanks admin on DEMO-4, which kobayashi (IT) cannot see
        int kobayashi = aToB("kobayashi", "COLLAB-9");
        int kato = aToB("kato", "COLLAB-9");
        HttpResponse<String> sent = SANDBOX.jira("kato").postJson("/rest/kakehashi/1.0/thanks", "{\"recipients\":[\"admin\"],"
                + "\"message\":\"予算の件\",\"value\":\"collaboration\",\"contextType\":\"jira-issue\","
                + "\"contextId\":\"10003\"}");
        assertEquals(sent.body(), 201, sent.statusCode());
        assertEquals(kobayashi, aToB("kobayashi", "COLLAB-9"));
        assertEquals(kato + 1, aToB("kato", "COLLAB-9"));

        // COLLAB-5 (accounting to sales): a thanks stored on DEMO-4 before recipients had to see it, then one anywhere
        Map<String, Integer> before = new java.util.HashMap<>();
        for (String reader : List.of("tanaka", "yamada", "kato", "admin")) {
            before.put(reader, aToB(reader, "COLLAB-5"));
        }
        dev.kakehashi.platform.People people = SANDBOX.jira().bean(dev.kakehashi.platform.People.class);
        String katoKey = people.byUsername("kato").orElseThrow().key();
        String tanakaKey = people.byUsername("tanaka").orElseThrow().key();
        SANDBOX.jira().bean(dev.kakehashi.thanks.ThanksStore.class).insert(new dev.kakehashi.thanks.Thanks(0, katoKey,
                List.of(tanakaKey), "", "昔の予算の件", "collaboration", dev.kakehashi.thanks.ThanksContext.issue(10003),
                dev.kakehashi.thanks.Thanks.Visibility.PUBLIC, java.time.Instant.now(), List.of("accounting"),
                List.of("sales"), true, dev.kakehashi.thanks.Thanks.State.ACTIVE));
        assertEquals(201, SANDBOX.jira("kato").postJson("/rest/kakehashi/1.0/thanks", "{\"recipients\":[\"tanaka\"],"
                + "\"message\":\"請求書の件\",\"value\":\"collaboration\"}").statusCode());

        assertEquals(before.get("tanaka") + 1, aToB("tanaka", "COLLAB-5"));
        assertEquals(before.get("yamada") + 1, aToB("yamada", "COLLAB-5"));
        assertEquals(before.get("kato") + 2, aToB("kato", "COLLAB-5"));
        assertEquals(before.get("admin") + 2, aToB("admin", "COLLAB-5"));
    }

    @Test
    public void confluenceHasNoRequests() {
        Http confluence = new Http(SANDBOX.confluence().baseUrl()).as("tanaka", "tanaka");

        assertEquals(404, confluence.get(REQUESTS + "/COLLAB-1").statusCode());
        assertEquals(404, confluence.postJson(REQUESTS, newRequest("x", "", "")).statusCode());
    }
}
