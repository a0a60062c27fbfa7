package dev.kakehashi.goals;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Port to where goals and their history are kept. A goal is one row (departments and milestones with it), so reading
 * one is one statement; its history is one more.
 */
public interface GoalStore {
    /** Stores a new goal (version 0) and its first history entry in one transaction; returns it with its id. */
    Goal insert(Goal goal, GoalUpdate created);

    Optional<Goal> find(long id);

    /** The goal created last on this page, if any. */
    Optional<Goal> findByHomePage(long pageId);

    /**
     * Replaces the goal with its next version and records the entry, in one transaction; false, with nothing
     * written, when someone else wrote that version first.
     */
    boolean update(Goal goal, GoalUpdate entry);

    /** The latest {@code limit} entries of a goal's history, oldest first. */
    List<GoalUpdate> history(long goalId, int limit);

    /** A goal as a list needs it to filter and order: id, space, and the columns it is sorted by. */
    record Listed(long id, String spaceKey) {
    }

    /**
     * The goals matching the query's department, status, label and space (all spaces when null), in its order, at
     * most {@code cap}; the reader's permission is applied by the caller.
     */
    List<Listed> matching(GoalQuery query, int cap);

    /** The goals with these ids, in the order of the ids. */
    List<Goal> load(Collection<Long> ids);
}
