package dev.kakehashi.collaboration;

/**
 * Port to where the host keeps a request's {@link RequestProperty} beside its issue (Jira's issue properties; nothing
 * in Confluence).
 */
public interface RequestProperties {
    /**
     * Writes the request's property on its issue on behalf of the person who changed the request. A failure is logged,
     * not thrown: the request itself is already saved, and the property is a copy of it for the host's search.
     */
    void publish(CollaborationRequest request, String actorKey);

    /**
     * Whether the request's issue has the property already, as this person may read it; false also when it cannot be
     * read (writing it again does no harm).
     */
    default boolean isPublished(long issueId, String actorKey) {
        return false;
    }
}
