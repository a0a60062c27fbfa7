package dev.kakehashi.collaboration;

import java.util.Optional;

/**
 * Port to the host's issues as collaboration requests need them: find one, check what a person may do with it,
 * create one through the host's own validation.
 */
public interface RequestIssues {
    /** An issue as the request pages need it; the reporter's user key, or null when it has none. */
    record IssueRef(long id, String key, String summary, String projectKey, String issueTypeId, boolean resolved,
                    String reporterKey) {
    }

    Optional<IssueRef> byKey(String key);

    Optional<IssueRef> byId(long id);

    boolean canBrowse(IssueRef issue, String userKey);

    /**
     * The issues with these ids that the person may browse, by id: a page of a list is one lookup of its issues, not
     * one per row. Ids of missing or hidden issues are left out.
     */
    default java.util.Map<Long, IssueRef> browsable(java.util.Collection<Long> ids, String userKey) {
        java.util.Map<Long, IssueRef> found = new java.util.LinkedHashMap<>();
        for (Long id : ids) {
            byId(id).filter(issue -> canBrowse(issue, userKey)).ifPresent(issue -> found.put(id, issue));
        }
        return found;
    }

    boolean canEdit(IssueRef issue, String userKey);

    /** Whether the person administers the issue's project, or the host itself. */
    boolean canAdminister(IssueRef issue, String userKey);

    /**
     * Creates an issue as this user, through the host's validation (create permission, required fields); a refusal
     * becomes a {@link dev.kakehashi.platform.Rejection} carrying the host's messages.
     */
    IssueRef create(String userKey, String projectKey, String issueTypeId, String summary, String description);

    /**
     * Makes the person a watcher of the issue, so that the host's own notifications reach them too; nothing when they
     * watch it already, and nothing in a product without issues.
     */
    default void watch(IssueRef issue, String userKey) {
    }

    /**
     * Removes an issue this app has just created but could not complete, quietly (no events, no emails), whatever the
     * creator's own permissions; throws when the host could not remove it.
     */
    void deleteCreated(IssueRef issue);
}
