package dev.kakehashi.collaboration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Port to where requests and their history are kept.
 */
public interface CollaborationStore {
    Optional<CollaborationRequest> find(long issueId);

    /**
     * The requests that name this shared goal, newest first, at most {@code limit}: one range of the (goal, id)
     * index, whatever the number of requests.
     */
    List<CollaborationRequest> servingGoal(long goalId, int limit);

    /**
     * Stores a new request (version 0) with its first history entry, in one transaction; a second request for the
     * same issue is refused with {@link DuplicateRequest}.
     */
    CollaborationRequest insert(CollaborationRequest request, HistoryEntry created);

    /**
     * Replaces the request with its next version and records what happened, in one transaction. Each version of a
     * request has exactly one history entry (the database refuses a second), so of two people changing the same
     * version at once one succeeds and the other gets false, with nothing written.
     */
    boolean update(CollaborationRequest request, HistoryEntry entry);

    /** The request's history, oldest first, at most {@code limit} entries (the latest ones). */
    List<HistoryEntry> history(long issueId, int limit);

    /** An earlier request between two departments, as the partnership lists it. */
    record PastRequest(long issueId, Step step, String requestingDepartment) {
    }

    /**
     * Earlier requests between two departments, in either direction, newest first, without the given issue: one
     * range of an index on (pair, id), whatever the number of requests.
     */
    List<PastRequest> between(String departmentA, String departmentB, long exceptIssueId, int limit);

    /** Which side of a request a department is on: asked ({@code TO}, the partner) or asking ({@code FROM}). */
    enum Side { TO, FROM }

    /**
     * A request as the department lists show it; {@code stepChangedAt} is null when the request last moved before the
     * app kept that time.
     */
    record Listed(long issueId, Step step, String requestingDepartment, String partnerDepartment, LocalDate dueDate,
                  Instant createdAt, Instant stepChangedAt) {
    }

    /**
     * Requests to (or from) any of the departments, by step, then newest first: rows {@code offset} to
     * {@code offset + limit - 1}, in one statement on the (department, step, id) index.
     */
    List<Listed> listed(Side side, Collection<String> departments, int offset, int limit);

    /**
     * Requests due before the day that have not reached the step, oldest due date first, at most {@code limit}.
     */
    List<CollaborationRequest> overdue(java.time.LocalDate day, Step notReached, int limit);

    /** Requests of issues with ids above {@code issueId}, by issue id, at most {@code limit} (to go through them all). */
    List<CollaborationRequest> after(long issueId, int limit);

    /** Issue ids of the requests matching the search, at most {@code search.limit()}. */
    List<Long> search(RequestSearch search);

    /** Thrown by {@link #insert} when the issue already has a request. */
    final class DuplicateRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DuplicateRequest(long issueId, Throwable cause) {
            super("issue " + issueId + " already has a collaboration request", cause);
        }
    }
}
