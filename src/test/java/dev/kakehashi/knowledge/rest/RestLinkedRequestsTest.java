package dev.kakehashi.knowledge.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.knowledge.LinkState;
import dev.kakehashi.knowledge.LinkedRequest;
import dev.kakehashi.platform.LinkedApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class RestLinkedRequestsTest {
    /** Jira as the link reaches it: answers what the test says and keeps the calls. */
    private static final class Jira implements LinkedApplication {
        final List<String> calls = new ArrayList<>();
        Reply reply = new NotLinked();
        boolean linked = true;

        @Override
        public Optional<String> displayUrl() {
            return linked ? Optional.of("https://jira.example.com") : Optional.empty();
        }

        @Override
        public Reply call(String method, String path, String jsonBody) {
            calls.add(method + " " + path + (jsonBody == null ? "" : " " + jsonBody));
            return reply;
        }
    }

    private final Jira jira = new Jira();
    private final RestLinkedRequests requests = new RestLinkedRequests(jira);

    @Test
    public void aRequestIsReadFromKakehashisApiInJira() {
        jira.reply = new LinkedApplication.Answered(200, "{\"issueKey\":\"COLLAB-3\",\"summary\":\"要望を共有\","
                + "\"requestingDepartment\":\"sales\",\"partnerDepartment\":\"development\",\"purpose\":\"目的\","
                + "\"partnerBenefit\":\"利点\",\"requester\":{\"username\":\"tanaka\",\"displayName\":\"田中\"},"
                + "\"partnerContact\":null,\"decisionOwner\":{\"username\":\"sato\"},\"step\":4}");
        LinkedRequest request = requests.find("collab-3").orElseThrow();
        assertEquals(List.of("GET /rest/kakehashi/1.0/collaboration/requests/COLLAB-3"), jira.calls);
        assertEquals("要望を共有", request.summary());
        assertEquals("https://jira.example.com/browse/COLLAB-3", request.url());
        assertEquals("development", request.partnerDepartment());
        assertEquals(new LinkedRequest.Person("tanaka", "田中"), request.requester());
        assertEquals(new LinkedRequest.Person("", ""), request.partnerContact());
        assertEquals(new LinkedRequest.Person("sato", ""), request.decisionOwner());
    }

    @Test
    public void aRequestTheCallerMayNotSeeOrJiraCannotGiveIsNone() {
        for (LinkedApplication.Reply reply : List.of(new LinkedApplication.Answered(404, "{\"status\":404}"),
                new LinkedApplication.Answered(200, "<html>"), new LinkedApplication.NotLinked(),
                new LinkedApplication.NeedsAuthorisation("https://wiki/authorize"),
                new LinkedApplication.Unreachable("timeout"))) {
            jira.reply = reply;
            assertTrue(reply.toString(), requests.find("COLLAB-3").isEmpty());
        }
        assertTrue(requests.find("../admin").isEmpty());
        assertEquals("a malformed key is never sent", 5, jira.calls.size());
    }

    @Test
    public void anAnswerThatIsNotStrictJsonIsNoRequest() {
        for (String body : List.of("{\"summary\":01}", "{\"summary\":\"a\"} x", "{\"summary\":\"a\",\"summary\":\"b\"}",
                "{\"summary\":NaN}", "{'summary':'a'}", "[{\"summary\":\"a\"}]", "\"a\"", "",
                "{\"summary\":\"" + "x".repeat(RestLinkedRequests.MAX_ANSWER) + "\"}")) {
            jira.reply = new LinkedApplication.Answered(200, body);
            assertTrue(body.length() > 60 ? body.substring(0, 60) : body, requests.find("COLLAB-3").isEmpty());
        }
        jira.reply = new LinkedApplication.Answered(200, "{\"summary\":1e400,\"purpose\":\"\\u76ee\\u7684\"}");
        LinkedRequest request = requests.find("COLLAB-3").orElseThrow();
        assertEquals("a number is no summary", "", request.summary());
        assertEquals("目的", request.purpose());
    }

    @Test
    public void recordingPostsThePageAndSaysWhatCameOfIt() {
        jira.reply = new LinkedApplication.Answered(200, "{}");
        assertEquals(LinkState.RECORDED, requests.record("COLLAB-3", "https://wiki/p?id=1&x=\"", "成果 \"と\" 学び"));
        String call = jira.calls.get(0);
        assertTrue(call, call.startsWith("POST /rest/kakehashi/1.0/collaboration/requests/COLLAB-3/result-pages "));
        assertEquals("成果 \"と\" 学び", RestLinkedRequests.object(call.substring(call.indexOf('{'))).orElseThrow()
                .path("title").textValue());
        jira.reply = new LinkedApplication.Answered(403, "{}");
        assertEquals(LinkState.NOT_ALLOWED, requests.record("COLLAB-3", "u", "t"));
        jira.reply = new LinkedApplication.Answered(404, "{}");
        assertEquals(LinkState.NOT_FOUND, requests.record("COLLAB-3", "u", "t"));
        jira.reply = new LinkedApplication.Answered(409, "{}");
        assertEquals(LinkState.REFUSED, requests.record("COLLAB-3", "u", "t"));
        jira.reply = new LinkedApplication.Answered(401, "{}");
        assertEquals(LinkState.NEEDS_AUTHORISATION, requests.record("COLLAB-3", "u", "t"));
        jira.reply = new LinkedApplication.Answered(503, "");
        assertEquals(LinkState.UNREACHABLE, requests.record("COLLAB-3", "u", "t"));
        jira.reply = new LinkedApplication.NeedsAuthorisation("https://wiki/authorize");
        assertEquals(LinkState.NEEDS_AUTHORISATION, requests.record("COLLAB-3", "u", "t"));
        jira.reply = new LinkedApplication.NotLinked();
        assertEquals(LinkState.NOT_LINKED, requests.record("COLLAB-3", "u", "t"));
        jira.reply = new LinkedApplication.Unreachable("refused");
        assertEquals(LinkState.UNREACHABLE, requests.record("COLLAB-3", "u", "t"));
        assertEquals(LinkState.NONE, requests.record("no key", "u", "t"));
    }

    @Test
    public void theIssueIsShownInJiraOnlyWhenLinked() {
        assertEquals("https://jira.example.com/browse/AB_1-2", requests.issueUrl("ab_1-2").orElseThrow());
        jira.linked = false;
        assertTrue(requests.issueUrl("COLLAB-1").isEmpty());
    }
}
