package dev.kakehashi.collaboration.rest;

import static org.junit.Assert.assertEquals;

import dev.kakehashi.collaboration.LinkedGoals;
import dev.kakehashi.goals.GoalRequests;
import dev.kakehashi.goals.rest.RestGoalRequests;
import dev.kakehashi.platform.LinkOutcome;
import dev.kakehashi.platform.LinkedApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** Goals read from Confluence and a goal's requests read from Jira, through the link, as the other product answers. */
public class RestLinkedGoalsTest {
    /** The other product as the link reaches it: answers what the test says and keeps the calls. */
    private static final class Other implements LinkedApplication {
        final List<String> calls = new ArrayList<>();
        final String base;
        Reply reply = new NotLinked();

        Other(String base) {
            this.base = base;
        }

        @Override
        public Optional<String> displayUrl() {
            return Optional.of(base);
        }

        @Override
        public Reply call(String method, String path, String jsonBody) {
            calls.add(method + " " + path);
            return reply;
        }
    }

    private final Other confluence = new Other("https://wiki.example.com");
    private final RestLinkedGoals goals = new RestLinkedGoals(confluence);
    private final Other jira = new Other("https://jira.example.com");
    private final RestGoalRequests requests = new RestGoalRequests(jira);

    @Test
    public void goalsAreSearchedAndFoundAsTheUserInConfluenceWithTheirPages() {
        confluence.reply = new LinkedApplication.Answered(200, "{\"goals\":[{\"id\":4,\"title\":\"顧客満足\","
                + "\"spaceKey\":\"DEMO\",\"path\":\"/pages/viewpage.action?pageId=65538\"},"
                + "{\"id\":5,\"title\":\"No page\",\"path\":\"\"},{\"id\":0,\"title\":\"no id\"},{\"id\":6}]}");

        LinkedGoals.Found found = goals.search(" 顧客 & more ");

        assertEquals(List.of("GET /rest/kakehashi/1.0/goals/search?limit=20&q=%E9%A1%A7%E5%AE%A2+%26+more"),
                confluence.calls);
        assertEquals(LinkOutcome.OK, found.outcome());
        assertEquals(List.of(new LinkedGoals.Goal(4, "顧客満足",
                "https://wiki.example.com/pages/viewpage.action?pageId=65538"), new LinkedGoals.Goal(5, "No page", "")),
                found.goals());
        assertEquals(LinkOutcome.OK, goals.find(4).outcome());
        assertEquals("GET /rest/kakehashi/1.0/goals/search?id=4", confluence.calls.get(1));
        confluence.reply = new LinkedApplication.Answered(200, "{\"goals\":[]}");
        assertEquals("an empty answer for one goal is not found", LinkOutcome.NOT_FOUND, goals.find(4).outcome());
    }

    @Test
    public void whatTheLinkCameToIsToldAndNothingElse() {
        Map<LinkedApplication.Reply, LinkOutcome> outcomes = Map.of(
                new LinkedApplication.Answered(404, "{}"), LinkOutcome.NOT_FOUND,
                new LinkedApplication.Answered(403, "{}"), LinkOutcome.NOT_FOUND,
                new LinkedApplication.Answered(401, "{}"), LinkOutcome.NEEDS_AUTHORISATION,
                new LinkedApplication.Answered(400, "{}"), LinkOutcome.REFUSED,
                new LinkedApplication.Answered(502, "{}"), LinkOutcome.UNREACHABLE,
                new LinkedApplication.Answered(200, "<html>"), LinkOutcome.UNREACHABLE,
                new LinkedApplication.Answered(200, "{\"goals\":[]} []"), LinkOutcome.UNREACHABLE,
                new LinkedApplication.NotLinked(), LinkOutcome.NOT_LINKED,
                new LinkedApplication.Unreachable("timeout"), LinkOutcome.UNREACHABLE);
        outcomes.forEach((reply, outcome) -> {
            confluence.reply = reply;
            jira.reply = reply;
            assertEquals(reply.toString(), outcome, goals.search("x").outcome());
            assertEquals(reply.toString(), List.of(), goals.search("x").goals());
            assertEquals(reply.toString(), outcome, requests.serving(4).outcome());
        });
        confluence.reply = new LinkedApplication.NeedsAuthorisation("https://jira.example.com/authorize");
        LinkedGoals.Found needs = goals.search("x");
        assertEquals(LinkOutcome.NEEDS_AUTHORISATION, needs.outcome());
        assertEquals("https://jira.example.com/authorize", needs.authoriseUrl());
    }

    @Test
    public void aGoalsRequestsAreReadFromJiraWithTheirIssueLinksAndNothingUnlikeAnIssueKey() {
        jira.reply = new LinkedApplication.Answered(200, "{\"requests\":[{\"issueKey\":\"COLLAB-7\",\"summary\":\"要望\","
                + "\"step\":3,\"stepKey\":\"agreed\",\"requestingDepartment\":\"sales\",\"partnerDepartment\":\"support\","
                + "\"resolved\":true},{\"issueKey\":\"javascript:alert(1)\"},{\"issueKey\":\"collab-8\",\"step\":1}]}");

        GoalRequests.Listed listed = requests.serving(12);

        assertEquals(List.of("GET /rest/kakehashi/1.0/collaboration/requests?goal=12"), jira.calls);
        assertEquals(List.of(new GoalRequests.Request("COLLAB-7", "要望", "https://jira.example.com/browse/COLLAB-7",
                3, "agreed", "sales", "support", true), new GoalRequests.Request("COLLAB-8", "",
                "https://jira.example.com/browse/COLLAB-8", 1, "", "", "", false)), listed.requests());
    }
}
