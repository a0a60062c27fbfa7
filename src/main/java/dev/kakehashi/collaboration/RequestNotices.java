package dev.kakehashi.collaboration;

import dev.kakehashi.notify.NotificationKind;
import java.time.Instant;
import java.util.Collection;

/**
 * Port through which the people of a request hear what happened to it; telling them never fails what happened.
 */
public interface RequestNotices {
    /** Tells no one; for hosts or tests that send no notifications. */
    RequestNotices NONE = (issue, request, kind, userKeys, actorKey, at) -> { };

    /**
     * Tells these people (already checked: each may browse the issue, none is the actor) about the request.
     *
     * @param actorKey who did it, empty for the scheduler
     */
    void tell(RequestIssues.IssueRef issue, CollaborationRequest request, NotificationKind kind,
              Collection<String> userKeys, String actorKey, Instant at);
}
