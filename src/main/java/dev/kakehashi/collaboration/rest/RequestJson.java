package dev.kakehashi.collaboration.rest;

import dev.kakehashi.platform.rest.PersonJson;
import java.util.List;

/**
 * A request as the REST API shows it. {@code version} must be sent back with a change; {@code missing} lists, in the
 * caller's language, what the request lacks to reach the next step; {@code resultPages} the results pages written
 * about it in Confluence, oldest first; {@code goalId} the shared goal it serves (its id in Confluence), or null.
 */
public record RequestJson(String issueKey, long issueId, String summary, String kind, String requestingDepartment,
                          String partnerDepartment, String purpose, String scope, String helpKind,
                          String partnerBenefit, PersonJson requester, PersonJson partnerContact,
                          PersonJson decisionOwner, String dueDate, int step, String stepKey, String resultLink,
                          String resultNote, String followUpOf, String resolvedAt, int version, boolean canChange,
                          boolean partnerThanked, boolean resolvedPrompt, List<String> missing,
                          List<String> warnings, List<ResultPageJson> resultPages, String goalId) {
    /** A results page written in Confluence about the request, with when it was recorded. */
    public record ResultPageJson(String url, String title, String recordedAt) {
    }
}
