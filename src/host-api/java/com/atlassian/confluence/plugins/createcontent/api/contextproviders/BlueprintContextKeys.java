package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

/**
 * Host declaration (compile only): the well-known keys of a blueprint's render context (all nine constants, exact key strings; the host marks it @ExperimentalApi).
 * Mirrors confluence-create-content-plugin 18.7.17 (Confluence 9.1.1), com/atlassian/confluence/plugins/createcontent/api/contextproviders/BlueprintContextKeys (ngannk-fptu/Decompiled-Files).
 */
public enum BlueprintContextKeys {
    SPACE_KEY("spaceKey"),
    BLUEPRINT_MODULE_KEY("blueprintKey"),
    BLUEPRINT_ID("blueprintId"),
    TEMPLATE_LABEL("templateLabel"),
    ANALYTICS_KEY("analyticsKey"),
    CREATE_RESULT("createResult"),
    CREATE_FROM_TEMPLATE_LABEL("createFromTemplateLabel"),
    CONTENT_PAGE_TITLE("ContentPageTitle"),
    NO_PAGE_TITLE_PREFIX("noPageTitlePrefix");

    private final String key;

    BlueprintContextKeys(String key) {
        this.key = key;
    }

    /** The map key this constant stands for. */
    public String key() {
        return key;
    }
}
