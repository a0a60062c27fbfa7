package dev.kakehashi.profiles;

import java.util.Optional;

/**
 * Where a browser starts a collaboration request in Jira: Jira's own new-request page in Jira, the one of the linked
 * Jira in Confluence; empty when Confluence has no Jira link (then nobody is offered to ask from a profile).
 */
public interface NewRequestLink {
    /** The new-request page's address without parameters, or empty. */
    Optional<String> page();

    /** The page's address for asking {@code departmentKey}, with the request kind when one is named. */
    default Optional<String> asking(String departmentKey, String requestKind) {
        return page().map(p -> p + "?partner=" + java.net.URLEncoder.encode(departmentKey,
                java.nio.charset.StandardCharsets.UTF_8) + (requestKind == null || requestKind.isEmpty() ? ""
                : "&kind=" + java.net.URLEncoder.encode(requestKind, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The path of the new-request page below Jira's base URL. */
    String PATH = "/plugins/servlet/kakehashi/collaboration/new";
}
