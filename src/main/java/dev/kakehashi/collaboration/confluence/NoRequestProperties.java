package dev.kakehashi.collaboration.confluence;

import dev.kakehashi.collaboration.CollaborationRequest;
import dev.kakehashi.collaboration.RequestProperties;

/** Confluence has no issues to keep a request's property on: nothing is written. */
public class NoRequestProperties implements RequestProperties {
    @Override
    public void publish(CollaborationRequest request, String actorKey) {
        // requests live in Jira
    }
}
