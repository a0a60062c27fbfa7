package dev.kakehashi.goals.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.goals.GoalRequests;
import dev.kakehashi.platform.IssueKeys;
import dev.kakehashi.platform.LinkOutcome;
import dev.kakehashi.platform.LinkedApplication;
import dev.kakehashi.platform.rest.LinkedCall;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests serving a goal, from Kakehashi's REST API in the linked Jira
 * ({@code /rest/kakehashi/1.0/collaboration/requests?goal=…}), as the current user.
 */
public class RestGoalRequests implements GoalRequests {
    static final String REQUESTS = "/rest/kakehashi/1.0/collaboration/requests?goal=";

    private final LinkedApplication jira;

    public RestGoalRequests(LinkedApplication jira) {
        this.jira = jira;
    }

    @Override
    public Listed serving(long goalId) {
        LinkedCall call = LinkedCall.get(jira, REQUESTS + goalId);
        if (call.outcome() != LinkOutcome.OK) {
            return new Listed(call.outcome(), List.of(), call.authoriseUrl());
        }
        String base = jira.displayUrl().orElse("");
        List<Request> requests = new ArrayList<>();
        JsonNode items = call.json().path("requests");
        for (JsonNode item : items.isArray() ? items : List.<JsonNode>of()) {
            String key = IssueKeys.normalise(LinkedCall.text(item, "issueKey"));
            if (key == null || requests.size() >= MAX) {
                continue;
            }
            requests.add(new Request(key, LinkedCall.text(item, "summary"),
                    base.isEmpty() ? "" : base + "/browse/" + URLEncoder.encode(key, StandardCharsets.UTF_8),
                    (int) LinkedCall.number(item, "step"), LinkedCall.text(item, "stepKey"),
                    LinkedCall.text(item, "requestingDepartment"), LinkedCall.text(item, "partnerDepartment"),
                    item.path("resolved").asBoolean(false)));
        }
        return new Listed(LinkOutcome.OK, requests, null);
    }
}
