package com.atlassian.confluence.pages;

/**
 * Host declaration (compile only): a Confluence page; no members of its own the plugin calls.
 * Mirrors confluence 8.7.2, com/atlassian/confluence/pages/Page (ngannk-fptu/Decompiled-Files).
 */
public class Page extends AbstractPage {
    private static final long serialVersionUID = 1L;
}
