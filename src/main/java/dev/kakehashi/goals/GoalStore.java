package dev.kakehashi.goals;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Port to where goals and their history are kept. Reading a goal takes a fixed number of statements whatever its
 * lists hold, a page of a list too whatever the number of goals, and the history is read newest first, a page of it.
 */
public interface GoalStore {
    /** Stores a new goal (version 0) and its first history entry in one transaction; returns it with its id. */
    Goal insert(Goal goal, GoalUpdate created);

    Optional<Goal> find(long id);

    /** Goals still worked on (not done, not paused) with an id above the given one, in id order, at most limit. */
    List<Goal> activeAfter(long afterId, int limit);

    /** The goal created last on this page, if any. */
    Optional<Goal> findByHomePage(long pageId);

    /**
     * Replaces the goal with its next version and records the entry, in one transaction; false, with nothing
     * written, when someone else wrote that version first.
     */
    boolean update(Goal goal, GoalUpdate entry);

    /** The latest {@code limit} entries of a goal's history, oldest first. */
    List<GoalUpdate> history(long goalId, int limit);

    /** A page of a goal's history, newest first, and how many entries it has in all. */
    record History(List<GoalUpdate> entries, int total) {
        public History {
            entries = List.copyOf(entries);
        }
    }

    /** The entries of a goal's history newest first, from {@code offset}, at most {@code limit}, and the total. */
    History history(long goalId, int offset, int limit);

    /** One page of a list: the goals shown, in order, and how many goals match in all. */
    record Page(List<Goal> goals, int total) {
        public Page {
            goals = List.copyOf(goals);
        }
    }

    /**
     * The page of goals that match the query's department, status and label in these spaces only (the reader's
     * permission: the caller passes the spaces the reader may view), in the query's order from its offset; the total
     * counts the same goals. None when no space is given.
     */
    Page page(GoalQuery query, Collection<String> spaceKeys);

    /** A goal as a picker lists it. */
    record Titled(long id, String title, String spaceKey, long homePageId) {
    }

    /**
     * Goals in these spaces (the spaces the reader may view) whose title contains the text, ignoring case and the
     * width of characters (NFKC), newest first, at most {@code limit}. Reads the ids and titles of at most
     * {@link #TITLE_SCAN} goals of those spaces, newest first, in one statement: an older goal is not found by its
     * title in a larger site. None when no space is given.
     */
    List<Titled> titled(String text, Collection<String> spaceKeys, int limit);

    /** How many goals, newest first, a title search reads at most. */
    int TITLE_SCAN = 5000;
}
