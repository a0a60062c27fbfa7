package dev.kakehashi.collaboration.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.collaboration.GivenThanks;
import dev.kakehashi.platform.LinkedApplication;
import java.util.ArrayList;
import java.util.List;

/**
 * The current user's thanks on a Confluence page, from Kakehashi's REST API there
 * ({@code GET /rest/kakehashi/1.0/knowledge/pages/{id}/my-thanks}) through the application link, as that user.
 */
public class RestGivenThanks implements GivenThanks {
    static final String PATH = "/rest/kakehashi/1.0/knowledge/pages/";
    /** Larger answers are not read: the real one is a page address and a few department keys. */
    static final int MAX_ANSWER = 100_000;
    /** More departments than this in an answer are not counted. */
    static final int MAX_DEPARTMENTS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LinkedApplication confluence;

    public RestGivenThanks(LinkedApplication confluence) {
        this.confluence = confluence;
    }

    @Override
    public Check onPage(long pageId) {
        LinkedApplication.Reply reply = confluence.call("GET", PATH + pageId + "/my-thanks", null);
        if (reply instanceof LinkedApplication.NotLinked) {
            return new Unconfirmed(Reason.NOT_LINKED);
        }
        if (reply instanceof LinkedApplication.NeedsAuthorisation) {
            return new Unconfirmed(Reason.NEEDS_AUTHORISATION);
        }
        if (!(reply instanceof LinkedApplication.Answered answered)) {
            return new Unconfirmed(Reason.UNREACHABLE);
        }
        if (answered.status() == 401) {
            return new Unconfirmed(Reason.NEEDS_AUTHORISATION);
        }
        if (answered.status() == 404 || answered.status() == 403) {
            return new Unconfirmed(Reason.NOT_FOUND);
        }
        if (!answered.ok() || answered.body() == null || answered.body().length() > MAX_ANSWER) {
            return new Unconfirmed(Reason.UNREACHABLE);
        }
        try {
            JsonNode json = JSON.readTree(answered.body());
            JsonNode url = json == null ? null : json.get("url");
            JsonNode departments = json == null ? null : json.get("departments");
            if (url == null || !url.isTextual() || departments == null || !departments.isArray()
                    || departments.size() > MAX_DEPARTMENTS) {
                return new Unconfirmed(Reason.UNREACHABLE);
            }
            List<String> keys = new ArrayList<>();
            departments.forEach(d -> {
                if (d.isTextual()) {
                    keys.add(d.textValue());
                }
            });
            return new Confirmed(url.textValue(), keys);
        } catch (JsonProcessingException e) {
            return new Unconfirmed(Reason.UNREACHABLE);
        }
    }
}
