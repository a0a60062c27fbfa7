package dev.kakehashi.collaboration;

import dev.kakehashi.platform.LinkOutcome;
import java.util.List;

/**
 * Port to the shared goals in the linked Confluence, seen from Jira, as the current user: Confluence decides which
 * goals they may see.
 */
public interface LinkedGoals {
    /** Goals a search lists at most. */
    int SEARCH_MAX = 20;

    /** A goal as a request names it: its id in Confluence, its title and where a browser shows it (may be empty). */
    record Goal(long id, String title, String url) {
    }

    /**
     * What Confluence answered: the goals ({@link LinkOutcome#OK}; none for a goal that is not there or hidden from
     * the user, which is {@link LinkOutcome#NOT_FOUND}), or why it could not; {@code authoriseUrl} is where the user
     * allows Jira to act for them in Confluence, when that is what is missing.
     */
    record Found(LinkOutcome outcome, List<Goal> goals, String authoriseUrl) {
        public Found {
            goals = goals == null ? List.of() : List.copyOf(goals);
        }
    }

    /** Goals whose title contains the text, newest first, at most {@link #SEARCH_MAX}. */
    Found search(String text);

    /** The goal with this id, if the user may see it. */
    Found find(long goalId);
}
