package dev.kakehashi.events.confluence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.collaboration.RequestInput;
import dev.kakehashi.events.PreparationRequests;
import dev.kakehashi.platform.IssueKeys;
import dev.kakehashi.platform.LinkOutcome;
import dev.kakehashi.platform.LinkedApplication;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.rest.LinkedCall;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * In Confluence: the collaboration requests of the linked Jira, through Kakehashi's REST API there
 * ({@code /rest/kakehashi/1.0/collaboration/requests}), as the current user. Jira's field problems come back as
 * problems of this product's form (their text is Jira's, in the user's language there).
 */
public class LinkedPreparationRequests implements PreparationRequests {
    static final String REQUESTS = "/rest/kakehashi/1.0/collaboration/requests";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The form's fields Jira's problems may name; others are reported on the project. */
    private static final List<String> FIELDS = List.of("projectKey");

    private final LinkedApplication jira;

    public LinkedPreparationRequests(LinkedApplication jira) {
        this.jira = jira;
    }

    @Override
    public Created create(String callerKey, String projectKey, String summary, RequestInput details) {
        ObjectNode body = JSON.createObjectNode().put("projectKey", projectKey).put("summary", summary)
                .put("kind", details.kind()).put("requestingDepartment", details.requestingDepartment())
                .put("partnerDepartment", details.partnerDepartment()).put("purpose", details.purpose())
                .put("scope", details.scope()).put("helpKind", details.helpKind())
                .put("partnerBenefit", details.partnerBenefit()).put("requester", details.requester())
                .put("partnerContact", details.partnerContact()).put("decisionOwner", details.decisionOwner())
                .put("dueDate", details.dueDate());
        LinkedApplication.Reply reply = jira.call("POST", REQUESTS, write(body));
        if (reply instanceof LinkedApplication.Answered answered && answered.status() == 400) {
            return new Created(LinkOutcome.REFUSED, null, problems(answered.body()), null);
        }
        LinkedCall call = LinkedCall.of(reply);
        if (call.outcome() != LinkOutcome.OK) {
            return new Created(call.outcome(), null, List.of(), call.authoriseUrl());
        }
        String key = IssueKeys.normalise(LinkedCall.text(call.json(), "issueKey"));
        return key == null ? new Created(LinkOutcome.UNREACHABLE, null, List.of(), null)
                : new Created(LinkOutcome.OK, key, List.of(), null);
    }

    /** Jira's field problems as this form's: each on the project field, its text Jira's. */
    private static List<Problem> problems(String body) {
        JsonNode json = LinkedCall.object(body);
        List<Problem> problems = new ArrayList<>();
        JsonNode errors = json == null ? null : json.get("errors");
        if (errors != null && errors.isArray()) {
            for (JsonNode error : errors) {
                String field = LinkedCall.text(error, "field");
                String message = LinkedCall.text(error, "message");
                if (!message.isEmpty() && problems.size() < 20) {
                    problems.add(new Problem(FIELDS.contains(field) ? field : "projectKey",
                            "kakehashi.events.preparation.error.jira", List.of(cut(message))));
                }
            }
        }
        if (problems.isEmpty() && json != null && !LinkedCall.text(json, "message").isEmpty()) {
            problems.add(new Problem("projectKey", "kakehashi.events.preparation.error.jira",
                    List.of(cut(LinkedCall.text(json, "message")))));
        }
        return problems;
    }

    private static String cut(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    @Override
    public Status status(String callerKey, String issueKey) {
        String key = IssueKeys.normalise(issueKey);
        if (key == null) {
            return new Status(LinkOutcome.NOT_FOUND, "", 0, "", false, null);
        }
        LinkedCall call = LinkedCall.get(jira, REQUESTS + "/" + URLEncoder.encode(key, StandardCharsets.UTF_8));
        if (call.outcome() != LinkOutcome.OK) {
            return new Status(call.outcome(), "", 0, "", false, call.authoriseUrl());
        }
        JsonNode json = call.json();
        return new Status(LinkOutcome.OK, LinkedCall.text(json, "summary"), (int) LinkedCall.number(json, "step"),
                LinkedCall.text(json, "stepKey"), !LinkedCall.text(json, "resolvedAt").isEmpty(), null);
    }

    @Override
    public Optional<String> issueUrl(String issueKey) {
        String key = IssueKeys.normalise(issueKey);
        return key == null ? Optional.empty()
                : jira.displayUrl().map(base -> base + "/browse/" + URLEncoder.encode(key, StandardCharsets.UTF_8));
    }

    @Override
    public List<Project> projects() {
        return List.of();
    }

    private static String write(ObjectNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Strings cannot fail to be written as JSON", e);
        }
    }
}
