package dev.kakehashi.events;

import dev.kakehashi.collaboration.RequestInput;
import dev.kakehashi.platform.LinkOutcome;
import dev.kakehashi.platform.Problem;
import java.util.List;
import java.util.Optional;

/**
 * Port to the collaboration requests in Jira, for an event's preparation request, always as the current user: in
 * Jira the app's own requests, in Confluence the same through the application link (Jira decides what the user may
 * create and see, as for a call from the browser).
 */
public interface PreparationRequests {
    /**
     * What creating came to: the issue's key when {@code outcome} is OK; the field problems Jira named when it refused
     * the details; where the user allows the link to act for them when that is needed.
     */
    record Created(LinkOutcome outcome, String issueKey, List<Problem> problems, String authoriseUrl) {
        public Created {
            problems = List.copyOf(problems);
        }
    }

    /** A request as the current user sees it in Jira; only the outcome when they cannot. */
    record Status(LinkOutcome outcome, String summary, int step, String stepKey, boolean resolved,
                  String authoriseUrl) {
    }

    /** A Jira project whose issue type scheme offers the request types. */
    record Project(String key, String name) {
    }

    /** Creates the request as {@code callerKey}, who is the current user (the link calls as the current user). */
    Created create(String callerKey, String projectKey, String summary, RequestInput details);

    Status status(String callerKey, String issueKey);

    /** Where people's browsers see the issue; empty when there is no Jira to link to. */
    Optional<String> issueUrl(String issueKey);

    /** The projects offering the request types, when this product can list them (Jira); empty otherwise. */
    List<Project> projects();
}
