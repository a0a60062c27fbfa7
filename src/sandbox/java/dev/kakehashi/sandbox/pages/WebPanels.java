package dev.kakehashi.sandbox.pages;

import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.sandbox.plugin.ComponentContainer;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.WebPanelModule;
import dev.kakehashi.sandbox.web.Html;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code <web-panel>} modules of the product, rendered at their locations: condition first, then the context
 * provider's map, then the {@code view} template. Context providers and conditions are built and initialised at
 * start, as the host does when the plugin is enabled.
 */
public final class WebPanels {
    private final Map<WebPanelModule, Object> contextProviders = new LinkedHashMap<>();
    private final Map<WebPanelModule, Object> conditions = new LinkedHashMap<>();
    private final PluginDescriptor descriptor;
    private final TemplateRenderer renderer;

    public WebPanels(PluginDescriptor descriptor, ComponentContainer container, TemplateRenderer renderer) {
        this.descriptor = descriptor;
        this.renderer = renderer;
        for (WebPanelModule panel : descriptor.webPanels()) {
            String namedBy = "<web-panel key=\"" + panel.key() + "\">";
            if (!panel.views().containsKey("view")) {
                throw new IllegalStateException(namedBy + " has no <resource type=\"velocity\" name=\"view\">");
            }
            if (!renderer.resolve(panel.views().get("view"))) {
                throw new IllegalStateException(namedBy + ": template " + panel.views().get("view") + " not found");
            }
            if (panel.contextProviderClass() != null) {
                contextProviders.put(panel, initialised(container.autowire(panel.contextProviderClass(), namedBy)));
            }
            if (panel.conditionClass() != null) {
                conditions.put(panel, initialised(container.autowire(panel.conditionClass(), namedBy)));
            }
        }
    }

    /** The HTML of every panel at this location, in weight order. */
    @SuppressWarnings("unchecked")
    public String render(String location, Map<String, Object> hostContext) {
        StringBuilder html = new StringBuilder();
        for (WebPanelModule panel : descriptor.webPanels()) {
            if (!panel.location().equals(location)) {
                continue;
            }
            Object condition = conditions.get(panel);
            if (condition != null && !(Boolean) HostProxy.call(condition, "shouldDisplay", new HashMap<>(hostContext))) {
                continue;
            }
            Map<String, Object> context = new HashMap<>(hostContext);
            Object provider = contextProviders.get(panel);
            if (provider != null) {
                context = (Map<String, Object>) HostProxy.call(provider, "getContextMap", context);
            }
            StringWriter out = new StringWriter();
            try {
                renderer.render(panel.views().get("view"), context, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            html.append("<div class=\"module sandbox-web-panel\" id=\"").append(Html.text(panel.key()))
                    .append("-panel\" data-key=\"").append(Html.text(descriptor.pluginKey() + ":" + panel.key()))
                    .append("\">").append(out).append("</div>\n");
        }
        return html.toString();
    }

    private static Object initialised(Object module) {
        HostProxy.call(module, "init", new HashMap<String, String>());
        return module;
    }
}
