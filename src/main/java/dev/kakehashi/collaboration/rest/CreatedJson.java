package dev.kakehashi.collaboration.rest;

/**
 * The issue a request was created as: its key, id and where to see it.
 */
public record CreatedJson(String issueKey, long issueId, String url) {
}
