package dev.kakehashi.thanks;

import java.util.List;

/**
 * Port to the host's issues or pages: whether a person may see one, and whom to suggest thanking there. Each product
 * answers for its own kind of context; an unknown issue or page is one nobody may see.
 */
public interface ContextAccess {
    /** Whether this host has contexts of this type (Jira issues in Jira, pages in Confluence). */
    boolean supports(ThanksContext.Type type);

    boolean canView(String userKey, ThanksContext context);

    /** User keys of the people most likely to deserve thanks there: reporter and assignee, or the page's author. */
    List<String> suggestedPeople(ThanksContext context);

    /**
     * How people name it: an issue's key and summary, a page's title; empty when unknown. Only for someone who may see
     * it: the caller checks {@link #canView} first.
     */
    default String title(ThanksContext context) {
        return "";
    }
}
