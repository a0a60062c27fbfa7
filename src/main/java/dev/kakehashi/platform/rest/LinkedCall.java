package dev.kakehashi.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.kakehashi.platform.LinkOutcome;
import dev.kakehashi.platform.LinkedApplication;

/**
 * A {@code GET} of Kakehashi's REST API in the other product, as the current user, read into its outcome and, when it
 * answered, its JSON object. {@code authoriseUrl} is where the user allows the link to act for them (when known).
 */
public record LinkedCall(LinkOutcome outcome, JsonNode json, String authoriseUrl) {
    /** Larger answers are not parsed: Kakehashi's answers are a few kilobytes. */
    static final int MAX_ANSWER = 1_000_000;
    /** Strict: text after the value and repeated member names are refused as well. Thread-safe once built. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Calls {@code path} (below the other product's base URL) and reads the answer. */
    public static LinkedCall get(LinkedApplication other, String path) {
        return of(other.call("GET", path, null));
    }

    /** The outcome of a reply: a JSON object answered with 2xx is {@link LinkOutcome#OK}, anything else is not. */
    public static LinkedCall of(LinkedApplication.Reply reply) {
        if (reply instanceof LinkedApplication.NeedsAuthorisation needs) {
            return new LinkedCall(LinkOutcome.NEEDS_AUTHORISATION, null, needs.url());
        }
        if (reply instanceof LinkedApplication.NotLinked) {
            return new LinkedCall(LinkOutcome.NOT_LINKED, null, null);
        }
        if (!(reply instanceof LinkedApplication.Answered answered)) {
            return new LinkedCall(LinkOutcome.UNREACHABLE, null, null);
        }
        int status = answered.status();
        if (answered.ok()) {
            JsonNode json = object(answered.body());
            return new LinkedCall(json == null ? LinkOutcome.UNREACHABLE : LinkOutcome.OK, json, null);
        }
        LinkOutcome outcome = status == 401 ? LinkOutcome.NEEDS_AUTHORISATION
                : status == 403 || status == 404 ? LinkOutcome.NOT_FOUND
                : status >= 500 ? LinkOutcome.UNREACHABLE : LinkOutcome.REFUSED;
        return new LinkedCall(outcome, null, null);
    }

    /** The JSON object of a body; null when it is not one, or too long to be one. */
    public static JsonNode object(String body) {
        if (body == null || body.length() > MAX_ANSWER) {
            return null;
        }
        try {
            JsonNode json = JSON.readTree(body);
            return json != null && json.isObject() ? json : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** A string member of an object; empty when absent or not a string. */
    public static String text(JsonNode json, String name) {
        JsonNode member = json == null ? null : json.get(name);
        return member != null && member.isTextual() ? member.textValue() : "";
    }

    /** A whole-number member of an object; 0 when absent or not a whole number. */
    public static long number(JsonNode json, String name) {
        JsonNode member = json == null ? null : json.get(name);
        return member != null && member.canConvertToLong() && member.isIntegralNumber() ? member.longValue() : 0;
    }
}
