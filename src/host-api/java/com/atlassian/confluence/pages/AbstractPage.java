package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

/**
 * Host declaration (compile only): a page or blog post; getId, getTitle, getSpace, getSpaceKey, getCreator are inherited (getSpace is declared on SpaceContentEntityObject, as in the host).
 * Mirrors confluence 8.7.2, com/atlassian/confluence/pages/AbstractPage (ngannk-fptu/Decompiled-Files); used with Confluence 10.0.1 in atlassian-slack-integration-server.
 */
public abstract class AbstractPage extends SpaceContentEntityObject {
    private static final long serialVersionUID = 1L;
}
