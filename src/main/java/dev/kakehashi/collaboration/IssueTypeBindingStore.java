package dev.kakehashi.collaboration;

import java.util.Map;

/**
 * Port to the record of which Jira issue type the app created for each kind of request. One row per kind: the
 * store refuses a second, so two nodes installing at once keep exactly one.
 */
public interface IssueTypeBindingStore {
    Map<RequestKind, String> all();

    /** Records the issue type of a kind; false (and nothing changed) when the kind already has one. */
    boolean bind(RequestKind kind, String issueTypeId);

    /** Replaces the issue type of a kind (after an admin deleted the old one in Jira). */
    void rebind(RequestKind kind, String issueTypeId);
}
