package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import java.util.Map;

/**
 * Host declaration (compile only): base class of a content-template's context-provider (@PublicSpi). Its only abstract
 * member is updateBlueprintContext; init is a no-op and getContextMap is final (wraps the host's map, no copy, and returns it).
 * Left out: the constructor taking com.atlassian.confluence.plugins.createcontent.TemplateRendererHelper, the protected field
 * of that type, setTemplateRendererHelper and the protected renderCreateFromTemplateMacro/renderContentReportTableMacro helpers.
 * Mirrors confluence-create-content-plugin 18.7.17 (Confluence 9.1.1), com/atlassian/confluence/plugins/createcontent/api/contextproviders/AbstractBlueprintContextProvider (ngannk-fptu/Decompiled-Files).
 */
public abstract class AbstractBlueprintContextProvider implements ContextProvider {

    /** Deprecated in the host as well (the non-deprecated one takes a TemplateRendererHelper, not declared here). */
    @Deprecated
    public AbstractBlueprintContextProvider() {
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
    }

    @Override
    public final Map<String, Object> getContextMap(Map<String, Object> context) {
        return updateBlueprintContext(new BlueprintContext(context)).getMap();
    }

    /** Adds to (or changes) the context and returns it; the returned context's map is what the template is rendered with. */
    protected abstract BlueprintContext updateBlueprintContext(BlueprintContext context);
}
