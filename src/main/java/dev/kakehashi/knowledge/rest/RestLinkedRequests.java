package dev.kakehashi.knowledge.rest;

import dev.kakehashi.knowledge.LinkState;
import dev.kakehashi.knowledge.LinkedRequest;
import dev.kakehashi.knowledge.LinkedRequests;
import dev.kakehashi.knowledge.PageDraft;
import dev.kakehashi.platform.Json;
import dev.kakehashi.platform.LinkedApplication;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The collaboration requests of the linked Jira, through Kakehashi's REST API there
 * ({@code /rest/kakehashi/1.0/collaboration/requests/…}), as the current user: Jira decides what they may see and
 * change, exactly as for a call from the browser.
 */
public class RestLinkedRequests implements LinkedRequests {
    static final String REQUESTS = "/rest/kakehashi/1.0/collaboration/requests/";

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
        return Json.object(answered.body()).map(json -> new LinkedRequest(key, Json.string(json, "summary"),
                issueUrl(key).orElse(""), Json.string(json, "requestingDepartment"),
                Json.string(json, "partnerDepartment"), Json.string(json, "purpose"), person(json, "requester"),
                person(json, "partnerContact"),
                person(json, "decisionOwner")));
    }

    @Override
    public LinkState record(String issueKey, String pageUrl, String pageTitle) {
        String key = PageDraft.requestKey(issueKey);
        if (key == null) {
            return LinkState.NONE;
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("url", pageUrl);
        body.put("title", pageTitle);
        LinkedApplication.Reply reply = jira.call("POST", REQUESTS + encode(key) + "/result-pages", Json.write(body));
        if (reply instanceof LinkedApplication.Answered answered) {
            return answered.ok() ? LinkState.RECORDED
                    : answered.status() == 401 ? LinkState.NEEDS_AUTHORISATION
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

    private static LinkedRequest.Person person(Map<String, Object> json, String role) {
        Map<String, Object> person = Json.member(json, role);
        return new LinkedRequest.Person(Json.string(person, "username"), Json.string(person, "displayName"));
    }

    private static String encode(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8);
    }
}
