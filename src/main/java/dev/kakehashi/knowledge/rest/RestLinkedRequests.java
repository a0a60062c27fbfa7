package dev.kakehashi.knowledge.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.knowledge.LinkState;
import dev.kakehashi.knowledge.LinkedRequest;
import dev.kakehashi.knowledge.LinkedRequests;
import dev.kakehashi.knowledge.PageDraft;
import dev.kakehashi.platform.LinkedApplication;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The collaboration requests of the linked Jira, through Kakehashi's REST API there
 * ({@code /rest/kakehashi/1.0/collaboration/requests/…}), as the current user: Jira decides what they may see and
 * change, exactly as for a call from the browser.
 */
public class RestLinkedRequests implements LinkedRequests {
    static final String REQUESTS = "/rest/kakehashi/1.0/collaboration/requests/";
    /** Larger answers are not parsed (SAL has read them already): Jira's answers are a few kilobytes. */
    static final int MAX_ANSWER = 1_000_000;
    /**
     * The host's Jackson, which both products export to apps (docs/HOST.md), strict: text after the value and repeated
     * member names are refused as well as what JSON does not allow. Thread-safe once built.
     */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final LinkedApplication jira;

    public RestLinkedRequests(LinkedApplication jira) {
        this.jira = jira;
    }

    @Override
    public Optional<LinkedRequest> find(String issueKey) {
        String key = PageDraft.requestKey(issueKey);
        if (key == null) {
            return Optional.empty();
        }
        LinkedApplication.Reply reply = jira.call("GET", REQUESTS + encode(key), null);
        if (!(reply instanceof LinkedApplication.Answered answered) || !answered.ok()) {
            return Optional.empty();
        }
        return object(answered.body()).map(json -> new LinkedRequest(key, text(json, "summary"),
                issueUrl(key).orElse(""), text(json, "requestingDepartment"), text(json, "partnerDepartment"),
                text(json, "purpose"), person(json, "requester"), person(json, "partnerContact"),
                person(json, "decisionOwner")));
    }

    @Override
    public LinkState record(String issueKey, String pageUrl, String pageTitle) {
        String key = PageDraft.requestKey(issueKey);
        if (key == null) {
            return LinkState.NONE;
        }
        ObjectNode body = JSON.createObjectNode().put("url", pageUrl).put("title", pageTitle);
        return state(jira.call("POST", REQUESTS + encode(key) + "/result-pages", write(body)));
    }

    @Override
    public LinkState recordThanks(String issueKey, long pageId) {
        String key = PageDraft.requestKey(issueKey);
        if (key == null) {
            return LinkState.NONE;
        }
        ObjectNode body = JSON.createObjectNode().put("pageId", Long.toString(pageId));
        LinkedApplication.Reply reply = jira.call("POST", REQUESTS + encode(key) + "/result-page-thanks", write(body));
        LinkState state = state(reply);
        if (state != LinkState.RECORDED) {
            return state;
        }
        // Jira answered; whether it could ask back is in "check" (its link to this product may need the user's consent)
        String check = object(((LinkedApplication.Answered) reply).body()).map(json -> text(json, "check")).orElse("");
        return switch (check) {
            case "confirmed" -> LinkState.RECORDED;
            case "not-linked" -> LinkState.NOT_LINKED;
            case "needs-authorisation" -> LinkState.NEEDS_AUTHORISATION;
            case "not-found" -> LinkState.NOT_FOUND;
            default -> LinkState.UNREACHABLE;
        };
    }

    private static String write(ObjectNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Strings cannot fail to be written as JSON", e);
        }
    }

    private static LinkState state(LinkedApplication.Reply reply) {
        if (reply instanceof LinkedApplication.Answered answered) {
            return answered.ok() ? LinkState.RECORDED
                    : answered.status() == 401 ? LinkState.NEEDS_AUTHORISATION
                    : answered.status() == 403 ? LinkState.NOT_ALLOWED
                    : answered.status() == 404 ? LinkState.NOT_FOUND
                    : answered.status() >= 500 ? LinkState.UNREACHABLE : LinkState.REFUSED;
        }
        if (reply instanceof LinkedApplication.NeedsAuthorisation) {
            return LinkState.NEEDS_AUTHORISATION;
        }
        return reply instanceof LinkedApplication.NotLinked ? LinkState.NOT_LINKED : LinkState.UNREACHABLE;
    }

    @Override
    public Optional<String> issueUrl(String issueKey) {
        String key = PageDraft.requestKey(issueKey);
        return key == null ? Optional.empty() : jira.displayUrl().map(base -> base + "/browse/" + encode(key));
    }

    /** The JSON object of an answer; empty when the answer is not one, or too long to be one. */
    static Optional<JsonNode> object(String body) {
        if (body == null || body.length() > MAX_ANSWER) {
            return Optional.empty();
        }
        try {
            JsonNode json = JSON.readTree(body);
            return json != null && json.isObject() ? Optional.of(json) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** A string member; empty when absent or not a string. */
    private static String text(JsonNode json, String name) {
        JsonNode member = json.path(name);
        return member.isTextual() ? member.textValue() : "";
    }

    private static LinkedRequest.Person person(JsonNode json, String role) {
        JsonNode person = json.path(role);
        return new LinkedRequest.Person(text(person, "username"), text(person, "displayName"));
    }

    private static String encode(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8);
    }
}
