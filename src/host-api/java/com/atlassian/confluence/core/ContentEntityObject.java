package com.atlassian.confluence.core;

/**
 * Host declaration (compile only): stored content; getId/getCreator/getLastModifier are inherited (real chain: ConfluenceEntityObject → AbstractVersionedEntityObject → AbstractLabelableEntityObject → ContentEntityObject; the two middle classes are left out).
 * Mirrors confluence 8.7.2, com/atlassian/confluence/core/ContentEntityObject (ngannk-fptu/Decompiled-Files).
 */
public abstract class ContentEntityObject extends ConfluenceEntityObject {
    private static final long serialVersionUID = 1L;

    public String getTitle() {
        throw new UnsupportedOperationException("compile-only host declaration");
    }

    /** Whether the content is in the trash (content status "deleted"); Confluence 8.7.2 ContentEntityObject#isDeleted. */
    public boolean isDeleted() {
        throw new UnsupportedOperationException("compile-only host declaration");
    }
}
