package dev.kakehashi.knowledge;

/**
 * Whether a results page was recorded on its collaboration request in Jira, and if not, why not.
 */
public enum LinkState {
    /** The page names no request (or is of a kind that is not recorded). */
    NONE,
    /** Not tried yet (the page was just stored). */
    PENDING,
    RECORDED,
    /** Confluence has no link to Jira. */
    NOT_LINKED,
    /** The creator has not allowed Confluence to act for them in Jira yet. */
    NEEDS_AUTHORISATION,
    /** Jira refused for another reason (the request is not set up, or the call was not accepted). */
    REFUSED,
    /** Jira has no such request, or none its creator may see (Jira answers both alike). */
    NOT_FOUND,
    /** The creator may see the request but not change it. */
    NOT_ALLOWED,
    /** Jira could not be reached. */
    UNREACHABLE;

    /** Whether trying again may help. */
    public boolean retryable() {
        return this != NONE && this != RECORDED;
    }
}
