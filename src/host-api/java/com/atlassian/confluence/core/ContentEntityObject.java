package com.atlassian.confluence.core;

import com.atlassian.confluence.user.ConfluenceUser;

/**
 * Host declaration (compile only): stored content; getId/getCreator really come from its super-classes EntityObject/ConfluenceEntityObject.
 * Mirrors confluence 8.7.2, com/atlassian/confluence/core/ContentEntityObject (ngannk-fptu/Decompiled-Files).
 */
public abstract class ContentEntityObject {
    public long getId() {
        throw new UnsupportedOperationException("compile-only host declaration");
    }

    public ConfluenceUser getCreator() {
        throw new UnsupportedOperationException("compile-only host declaration");
    }

    /** Declared on ConfluenceEntityObject in the host; calls link through the superclass chain. */
    public ConfluenceUser getLastModifier() {
        throw new UnsupportedOperationException("compile-only host declaration");
    }

    public String getTitle() {
        throw new UnsupportedOperationException("compile-only host declaration");
    }
}
