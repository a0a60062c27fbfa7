package dev.kakehashi.goals;

import java.util.Optional;
import java.util.Set;

/**
 * Port to the host's spaces as goals need them: whether one exists and its name, and what a person may do in it.
 */
public interface GoalSpaces {
    /** The space's name, empty when there is no such space. */
    Optional<String> name(String spaceKey);

    boolean canView(String spaceKey, String userKey);

    /** The keys of every space this person may view (what a list over every space is limited to). */
    Set<String> viewable(String userKey);

    /** The key of the space of a page this person may view; empty when there is no such page they may view. */
    Optional<String> spaceOfPage(long pageId, String userKey);

    /** Whether the person may add content to the space (needed to create a goal in it). */
    boolean canEdit(String spaceKey, String userKey);

    /** Whether the person may edit this page (the people a macro's wrong parameters are told to). */
    boolean canEditPage(long pageId, String userKey);

    /** Whether the person administers the space (may edit every goal in it). */
    boolean canAdminister(String spaceKey, String userKey);
}
