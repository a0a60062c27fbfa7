package dev.kakehashi.knowledge;

import java.util.Optional;

/**
 * Port to the collaboration requests in Jira, seen from Confluence, as the current user.
 */
public interface LinkedRequests {
    /** The request, when Jira is linked and the current user may see it there. */
    Optional<LinkedRequest> find(String issueKey);

    /** Records a results page on the request (as its result link when it has none), as the current user. */
    LinkState record(String issueKey, String pageUrl, String pageTitle);

    /**
     * Tells the request that the current user thanked on this page (a results page recorded on it); Jira asks back, as
     * the same user, which departments their public thanks on the page went to, and counts it for step 6 when the
     * partner department is among them. {@code RECORDED} when Jira confirmed it with this product.
     */
    LinkState recordThanks(String issueKey, long pageId);

    /** Where a browser shows the request's issue; empty when Jira is not linked. */
    Optional<String> issueUrl(String issueKey);
}
