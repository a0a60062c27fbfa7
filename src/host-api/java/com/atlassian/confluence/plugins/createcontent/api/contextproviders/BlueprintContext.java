package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Host declaration (compile only): a typed view over the blueprint's mutable render-context map; it wraps the map it is
 * given (no copy), so every put is seen by the caller. Left out: getBlueprintModuleCompleteKey/setBlueprintModuleCompleteKey
 * (they use com.atlassian.plugin.ModuleCompleteKey, not declared here). The behaviour below follows the host's so the sandbox can run it.
 * Mirrors confluence-create-content-plugin 18.7.17 (Confluence 9.1.1), com/atlassian/confluence/plugins/createcontent/api/contextproviders/BlueprintContext (ngannk-fptu/Decompiled-Files).
 */
public class BlueprintContext {
    private final Map<String, Object> map;

    /** Package-private in the host too: used by AbstractBlueprintContextProvider to wrap the incoming context. */
    BlueprintContext(Map<String, Object> context) {
        this.map = context;
    }

    public BlueprintContext() {
        this(new HashMap<>());
    }

    /** The wrapped map itself (what getContextMap returns to the host). */
    public Map<String, Object> getMap() {
        return map;
    }

    public Object get(String key) {
        return map.get(key);
    }

    public void put(String key, Object value) {
        map.put(key, value);
    }

    /** Value of {@code spaceKey}. */
    public String getSpaceKey() {
        return (String) map.get(BlueprintContextKeys.SPACE_KEY.key());
    }

    public void setSpaceKey(String spaceKey) {
        map.put(BlueprintContextKeys.SPACE_KEY.key(), spaceKey);
    }

    /** Value of {@code blueprintId} (the content blueprint's UUID). */
    public UUID getBlueprintId() {
        return (UUID) map.get(BlueprintContextKeys.BLUEPRINT_ID.key());
    }

    public void setBlueprintId(UUID blueprintId) {
        map.put(BlueprintContextKeys.BLUEPRINT_ID.key(), blueprintId);
    }

    /** Value of {@code templateLabel}; the host sets it to the blueprint's index-key when it builds the index page. */
    public String getTemplateLabel() {
        return (String) map.get(BlueprintContextKeys.TEMPLATE_LABEL.key());
    }

    public void setTemplateLabel(String label) {
        map.put(BlueprintContextKeys.TEMPLATE_LABEL.key(), label);
    }

    public String getAnalyticsKey() {
        return (String) map.get(BlueprintContextKeys.ANALYTICS_KEY.key());
    }

    public void setAnalyticsKey(String key) {
        map.put(BlueprintContextKeys.ANALYTICS_KEY.key(), key);
    }

    public String getCreateResult() {
        return (String) map.get(BlueprintContextKeys.CREATE_RESULT.key());
    }

    public String getCreateFromTemplateLabel() {
        return (String) map.get(BlueprintContextKeys.CREATE_FROM_TEMPLATE_LABEL.key());
    }

    /** Sets {@code createFromTemplateLabel} and, as the host does, also {@code pageFromTemplateTitle}. */
    public void setCreateFromTemplateLabel(String label) {
        map.put(BlueprintContextKeys.CREATE_FROM_TEMPLATE_LABEL.key(), label);
        map.put("pageFromTemplateTitle", label);
    }

    /**
     * Sets {@code ContentPageTitle}, the default title of the generated page. A non-blank {@code title} from the
     * create request (wizard field or REST {@code title}) wins over it.
     */
    public void setTitle(String title) {
        map.put(BlueprintContextKeys.CONTENT_PAGE_TITLE.key(), title);
    }
}
