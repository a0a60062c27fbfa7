package com.atlassian.confluence.pages;

/**
 * Host declaration (compile only): looks pages up; getAbstractPage returns null when no such page.
 * Mirrors confluence 8.7.2, com/atlassian/confluence/pages/PageManager (ngannk-fptu/Decompiled-Files); called with Confluence 10.0.1 in atlassian-slack-integration-server SlackMessageEventListener.
 */
public interface PageManager {
    AbstractPage getAbstractPage(long id);
}
