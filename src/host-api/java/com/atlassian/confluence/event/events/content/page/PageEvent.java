package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/**
 * Host declaration (compile only): an event about a page; getPage is never null. The host's super-classes (ContentEvent, ConfluenceEvent) and its other constructors are left out.
 * Mirrors confluence 8.7.2, com/atlassian/confluence/event/events/content/page/PageEvent (ngannk-fptu/Decompiled-Files).
 */
public abstract class PageEvent {
    private final transient Page page;

    public PageEvent(Object source, Page page) {
        this.page = page;
    }

    public Page getPage() {
        return page;
    }
}
