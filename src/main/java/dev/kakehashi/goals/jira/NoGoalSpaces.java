package dev.kakehashi.goals.jira;

import dev.kakehashi.goals.GoalSpaces;
import java.util.Optional;
import java.util.Set;

/**
 * Shared goals belong to Confluence spaces. Jira has none: every goal the REST API is asked about in Jira is "not
 * found", and none can be created there.
 */
public class NoGoalSpaces implements GoalSpaces {
    @Override
    public Optional<String> name(String spaceKey) {
        return Optional.empty();
    }

    @Override
    public boolean canView(String spaceKey, String userKey) {
        return false;
    }

    @Override
    public Set<String> viewable(String userKey) {
        return Set.of();
    }

    @Override
    public Optional<String> spaceOfPage(long pageId, String userKey) {
        return Optional.empty();
    }

    @Override
    public boolean canEdit(String spaceKey, String userKey) {
        return false;
    }

    @Override
    public boolean canEditPage(long pageId, String userKey) {
        return false;
    }

    @Override
    public boolean canAdminister(String spaceKey, String userKey) {
        return false;
    }
}
