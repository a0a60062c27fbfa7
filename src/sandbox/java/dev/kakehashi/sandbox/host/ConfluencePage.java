package dev.kakehashi.sandbox.host;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;
import java.time.Instant;
import java.util.Set;

/**
 * Confluence's {@link Page} object of a stored page, as read at one moment (a later edit is not reflected): id,
 * title, space, creator and last modifier. The sandbox also keeps its storage format, version, view restriction
 * (groups; empty when none), dates and parent page (0 at the top of the space). Labels are kept by
 * {@link ConfluenceLabels}; attachments, comments and earlier versions are not emulated.
 */
public final class ConfluencePage extends Page {
    private static final long serialVersionUID = 1L;

    private final long id;
    private final transient ConfluenceSpace space;
    private final String title;
    private final transient ConfluenceUser creator;
    private final transient ConfluenceUser lastModifier;
    private final Set<String> restrictedTo;
    private final String storage;
    private final int version;
    private final Instant created;
    private final Instant lastModified;
    private final long parentId;

    ConfluencePage(long id, ConfluenceSpace space, String title, ConfluenceUser creator, ConfluenceUser lastModifier,
                   Set<String> restrictedTo, String storage, int version, Instant created, Instant lastModified,
                   long parentId) {
        this.id = id;
        this.space = space;
        this.title = title;
        this.creator = creator;
        this.lastModifier = lastModifier;
        this.restrictedTo = Set.copyOf(restrictedTo);
        this.storage = storage;
        this.version = version;
        this.created = created;
        this.lastModified = lastModified;
        this.parentId = parentId;
    }

    /** The sandbox has no trash: a stored page is never deleted. */
    @Override
    public boolean isDeleted() {
        return false;
    }

    /** The id of the page this one is a child of, 0 when it has none. */
    public long parentId() {
        return parentId;
    }

    @Override
    public long getId() {
        return id;
    }

    @Override
    public String getTitle() {
        return title;
    }

    @Override
    public ConfluenceSpace getSpace() {
        return space;
    }

    @Override
    public String getSpaceKey() {
        return space.getKey();
    }

    @Override
    public ConfluenceUser getCreator() {
        return creator;
    }

    @Override
    public ConfluenceUser getLastModifier() {
        return lastModifier;
    }

    /** The body in Confluence storage format. */
    public String storage() {
        return storage;
    }

    /** 1 for a new page, one more with every save. */
    public int version() {
        return version;
    }

    /** The groups whose members alone may view the page (and administrators); empty when not restricted. */
    public Set<String> restrictedTo() {
        return restrictedTo;
    }

    public Instant created() {
        return created;
    }

    public Instant lastModified() {
        return lastModified;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfluencePage other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return title + " (" + id + ")";
    }
}
