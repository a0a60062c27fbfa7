package dev.kakehashi.goals;

import dev.kakehashi.platform.LinkOutcome;
import java.util.List;

/**
 * Port to the collaboration requests in the linked Jira that name a shared goal, seen from Confluence, as the current
 * user: Jira lists only the requests they may browse.
 */
public interface GoalRequests {
    /** Requests listed at most, newest first. */
    int MAX = 50;

    /** A request as the goal's card lists it; departments are keys, {@code url} where a browser shows the issue. */
    record Request(String issueKey, String summary, String url, int step, String stepKey,
                   String requestingDepartment, String partnerDepartment, boolean resolved) {
    }

    /** What Jira answered, or why it could not; {@code authoriseUrl} as for {@link LinkOutcome#NEEDS_AUTHORISATION}. */
    record Listed(LinkOutcome outcome, List<Request> requests, String authoriseUrl) {
        public Listed {
            requests = requests == null ? List.of() : List.copyOf(requests);
        }
    }

    /** The requests that name the goal. */
    Listed serving(long goalId);
}
