package com.atlassian.confluence.spaces;

import com.atlassian.confluence.core.ConfluenceEntityObject;

/**
 * Host declaration (compile only): a Confluence space, a concrete class (the host's also implements Searchable and Addressable, left out); getId is inherited.
 * Mirrors confluence 8.7.2, com/atlassian/confluence/spaces/Space (ngannk-fptu/Decompiled-Files); getKey/getId called with Confluence 10.0.1 in atlassian-slack-integration-server.
 */
public class Space extends ConfluenceEntityObject {
    private static final long serialVersionUID = 1L;

    public String getKey() {
        throw new UnsupportedOperationException("compile-only host declaration");
    }

    public String getName() {
        throw new UnsupportedOperationException("compile-only host declaration");
    }
}
