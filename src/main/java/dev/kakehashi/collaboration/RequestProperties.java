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
}
