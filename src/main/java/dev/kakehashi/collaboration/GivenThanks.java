package dev.kakehashi.collaboration;

import java.util.List;

/**
 * Port to the thanks given in Confluence, as Confluence confirms them to the current user: Jira counts a thanks on a
 * results page only when the product that holds it says it was given, by this user, publicly.
 */
public interface GivenThanks {
    /** The current user's own active public thanks on this Confluence page, as Confluence reports them now. */
    Check onPage(long pageId);

    /** What Confluence said, or why it could not be asked. */
    sealed interface Check permits Confirmed, Unconfirmed {
    }

    /**
     * Confluence answered: the page's address and the departments the user's public thanks there went to (none when
     * they gave none).
     */
    record Confirmed(String pageUrl, List<String> departments) implements Check {
        public Confirmed {
            departments = List.copyOf(departments);
        }
    }

    /** Confluence could not confirm anything; {@code reason} says why. */
    record Unconfirmed(Reason reason) implements Check {
    }

    /** Why nothing could be confirmed. */
    enum Reason {
        /** Jira has no link to Confluence. */
        NOT_LINKED,
        /** The user has not allowed Jira to act for them in Confluence yet. */
        NEEDS_AUTHORISATION,
        /** Confluence has no such page the user may view. */
        NOT_FOUND,
        /** Confluence could not be reached or answered with an error. */
        UNREACHABLE
    }
}
