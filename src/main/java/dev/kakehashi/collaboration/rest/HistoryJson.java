package dev.kakehashi.collaboration.rest;

import dev.kakehashi.platform.rest.PersonJson;

/**
 * One entry of a request's history: what happened (created, advanced, stepped-back, details-changed, result-shared,
 * resolved, follow-up-proposed), the steps before and after (0 when none), who and when (ISO instant).
 */
public record HistoryJson(String event, int from, int to, PersonJson actor, String at) {
}
