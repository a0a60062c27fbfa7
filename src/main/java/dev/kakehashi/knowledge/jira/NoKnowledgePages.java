package dev.kakehashi.knowledge.jira;

import dev.kakehashi.knowledge.KnowledgePages;
import java.util.List;
import java.util.Optional;

/** Jira has no pages: every knowledge page is "not found" there. */
public class NoKnowledgePages implements KnowledgePages {
    @Override
    public Optional<PageRef> page(long pageId) {
        return Optional.empty();
    }

    @Override
    public Optional<PageRef> visiblePage(long pageId, String userKey) {
        return Optional.empty();
    }

    @Override
    public boolean canEdit(long pageId, String userKey) {
        return false;
    }

    @Override
    public boolean canViewSpace(String spaceKey, String userKey) {
        return false;
    }

    @Override
    public List<SpaceRef> spacesForNewPages(String userKey) {
        return List.of();
    }
}
