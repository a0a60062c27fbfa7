package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

/**
 * Host declaration (compile only): a page or blog post; getId, getTitle, getSpaceKey, getCreator are inherited.
 * Mirrors confluence 8.7.2, com/atlassian/confluence/pages/AbstractPage (ngannk-fptu/Decompiled-Files); used with Confluence 10.0.1 in atlassian-slack-integration-server.
 */
public abstract class AbstractPage extends SpaceContentEntityObject {
}
