package dev.kakehashi.platform;

import java.util.Optional;

/**
 * Port to the other product (Confluence seen from Jira, Jira seen from Confluence) through the host's application
 * link: where people's browsers reach it, and calls to its Kakehashi REST API as the current user.
 */
public interface LinkedApplication {
    /** The other product's base URL for browsers, without a trailing slash; empty when the products are not linked. */
    Optional<String> displayUrl();

    /** The other product's name as people know it ({@code Jira}, {@code Confluence}). */
    default String productName() {
        return "Jira / Confluence";
    }

    /**
     * Calls the other product as the current user.
     *
     * @param method   {@code GET}, {@code POST} or {@code PUT}
     * @param path     below the other product's base URL, for example {@code /rest/kakehashi/1.0/me}
     * @param jsonBody the JSON to send (POST and PUT), or null
     */
    Reply call(String method, String path, String jsonBody);

    /** What a call came to. */
    sealed interface Reply permits Answered, NotLinked, NeedsAuthorisation, Unreachable {
    }

    /** The other product answered, with any status. */
    record Answered(int status, String body) implements Reply {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** The products are not linked. */
    record NotLinked() implements Reply {
    }

    /** The current user has not allowed calls on their behalf yet; {@code url} is where they can. */
    record NeedsAuthorisation(String url) implements Reply {
    }

    /** The other product could not be reached (network, timeout, protocol). */
    record Unreachable(String reason) implements Reply {
    }
}
