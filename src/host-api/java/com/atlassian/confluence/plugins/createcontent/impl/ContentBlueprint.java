package com.atlassian.confluence.plugins.createcontent.impl;

/**
 * Host declaration (compile only, used by the sandbox alone: the plugin never calls it, so it imports no impl package): a content blueprint as the create-content plugin stores it.
 * Mirrors confluence-create-content-plugin 18.7.17 (Confluence 9.1.1), com/atlassian/confluence/plugins/createcontent/impl/ContentBlueprint (ngannk-fptu/Decompiled-Files); only getModuleCompleteKey is declared.
 */
public class ContentBlueprint {
    private final String moduleCompleteKey;

    public ContentBlueprint(String moduleCompleteKey) {
        this.moduleCompleteKey = moduleCompleteKey;
    }

    public String getModuleCompleteKey() {
        return moduleCompleteKey;
    }
}
