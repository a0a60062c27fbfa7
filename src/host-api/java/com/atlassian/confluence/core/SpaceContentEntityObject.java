package com.atlassian.confluence.core;

import com.atlassian.confluence.spaces.Space;

/**
 * Host declaration (compile only): content that lives in a space (pages, blog posts); only the members the plugin calls.
 * Mirrors confluence 8.7.2, com/atlassian/confluence/core/SpaceContentEntityObject (ngannk-fptu/Decompiled-Files); getSpace() called with Confluence 10.0.1 in atlassian-slack-integration-server SlackMessageEventListener.
 */
public abstract class SpaceContentEntityObject extends ContentEntityObject {
    private static final long serialVersionUID = 1L;

    /** The space the content belongs to; null for content not (yet) in a space. */
    public Space getSpace() {
        throw new UnsupportedOperationException("compile-only host declaration");
    }

    public String getSpaceKey() {
        throw new UnsupportedOperationException("compile-only host declaration");
    }
}
