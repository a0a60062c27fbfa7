package com.atlassian.confluence.core;

import com.atlassian.confluence.user.ConfluenceUser;
import java.io.Serializable;

/**
 * Host declaration (compile only): Confluence's persistent entity (spaces, content); getId really comes from its super-class com.atlassian.core.bean.EntityObject, left out here.
 * Mirrors confluence 8.7.2, com/atlassian/confluence/core/ConfluenceEntityObject (ngannk-fptu/Decompiled-Files); Space#getId called with Confluence 10.0.1 in atlassian-slack-integration-server SpaceToChannelConfigurationResource.
 */
public class ConfluenceEntityObject implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Declared on com.atlassian.core.bean.EntityObject in the host; calls link through the superclass chain. */
    public long getId() {
        throw new UnsupportedOperationException("compile-only host declaration");
    }

    public ConfluenceUser getCreator() {
        throw new UnsupportedOperationException("compile-only host declaration");
    }

    public ConfluenceUser getLastModifier() {
        throw new UnsupportedOperationException("compile-only host declaration");
    }
}
