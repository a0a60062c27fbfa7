package dev.kakehashi.sandbox.host;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;
import dev.kakehashi.sandbox.demo.DemoPage;

/**
 * Confluence's {@link Page} object of a demo page.
 */
public final class ConfluencePage extends Page {
    private final DemoPage page;
    private final ConfluenceUser creator;

    ConfluencePage(DemoPage page, ConfluenceUser creator) {
        this.page = page;
        this.creator = creator;
    }

    @Override
    public long getId() {
        return page.id();
    }

    @Override
    public String getTitle() {
        return page.title();
    }

    @Override
    public String getSpaceKey() {
        return page.spaceKey();
    }

    @Override
    public ConfluenceUser getCreator() {
        return creator;
    }

    /** The demo pages were last edited by their authors. */
    @Override
    public ConfluenceUser getLastModifier() {
        return creator;
    }

    /** The sandbox's own record of the page (storage format, restriction). */
    public DemoPage demo() {
        return page;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfluencePage other && other.page.id() == page.id();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(page.id());
    }

    @Override
    public String toString() {
        return page.title() + " (" + page.id() + ")";
    }
}
