package dev.kakehashi.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * Port to the host's pages and spaces as the knowledge-sharing pages need them.
 */
public interface KnowledgePages {
    /** The page as it is now (its current title and where it is viewed), whoever asks; empty when it is gone. */
    Optional<PageRef> page(long pageId);

    /** The page if this person may view it; empty when it is gone or hidden from them. */
    Optional<PageRef> visiblePage(long pageId, String userKey);

    boolean canEdit(long pageId, String userKey);

    boolean canViewSpace(String spaceKey, String userKey);

    /** The spaces this person may add pages to, by name. */
    List<SpaceRef> spacesForNewPages(String userKey);

    /** A page: id, space, current title and its address for browsers. */
    record PageRef(long id, String spaceKey, String title, String url) {
    }

    /** A space: key and name. */
    record SpaceRef(String key, String name) {
    }
}
