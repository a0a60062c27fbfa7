package dev.kakehashi.sandbox.host;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import dev.kakehashi.sandbox.demo.DemoSpace;

/**
 * Confluence's {@link Space} object of a demo space: id, key, name and creator. Its description, home page, type
 * (personal or global), status and labels are not emulated.
 */
public final class ConfluenceSpace extends Space {
    private static final long serialVersionUID = 1L;

    private final transient DemoSpace space;
    private final transient ConfluenceUser creator;

    ConfluenceSpace(DemoSpace space, ConfluenceUser creator) {
        this.space = space;
        this.creator = creator;
    }

    @Override
    public long getId() {
        return space.id();
    }

    @Override
    public String getKey() {
        return space.key();
    }

    @Override
    public String getName() {
        return space.name();
    }

    @Override
    public ConfluenceUser getCreator() {
        return creator;
    }

    /** Spaces are not edited in the sandbox: the last modifier is the creator. */
    @Override
    public ConfluenceUser getLastModifier() {
        return creator;
    }

    /** The sandbox's own record of the space (its permissions). */
    public DemoSpace demo() {
        return space;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfluenceSpace other && other.space.id() == space.id();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(space.id());
    }

    @Override
    public String toString() {
        return space.name() + " (" + space.key() + ")";
    }
}
