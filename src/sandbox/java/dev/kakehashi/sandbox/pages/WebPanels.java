package dev.kakehashi.sandbox.pages;

import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.CompositeCondition;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.ConditionSpec;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.ModuleClass;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.SingleCondition;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.WebPanelModule;
import dev.kakehashi.sandbox.web.Html;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code <web-panel>} modules of the product, rendered at their locations in weight order: the condition decides,
 * the context provider turns the host's context into the template's, the {@code view} template renders. Providers
 * and conditions are built from the plugin's context and initialised with their {@code <param>}s at start, as the host
 * does when the plugin is enabled. A panel that fails shows an error box in its place; the page still renders.
 */
public final class WebPanels {
    private static final Logger LOG = Logger.getLogger(WebPanels.class.getName());

    /** How the host frames a panel: Jira gives it a module with the label as heading, Confluence inserts it bare. */
    public enum Frame { JIRA_MODULE, BARE }

    private final List<Panel> panels = new ArrayList<>();
    private final String pluginKey;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final Frame frame;

    /**
     * @param build builds a class the descriptor names, as the host does for module classes (class name, which
     *              module names it); usually the plugin container's autowiring
     */
    public WebPanels(PluginDescriptor descriptor, BiFunction<String, String, Object> build, TemplateRenderer renderer,
                     I18nResolver i18n, Frame frame) {
        this.pluginKey = descriptor.pluginKey();
        this.renderer = renderer;
        this.i18n = i18n;
        this.frame = frame;
        for (WebPanelModule module : descriptor.webPanels()) {
            String namedBy = "<web-panel key=\"" + module.key() + "\">";
            String view = module.views().get("view");
            if (view == null) {
                throw new IllegalStateException(namedBy + " has no <resource type=\"velocity\" name=\"view\">");
            }
            if (!renderer.resolve(view)) {
                throw new IllegalStateException(namedBy + ": template " + view + " not found");
            }
            ContextProvider provider = module.contextProvider() == null ? null
                    : contextProvider(build, module.contextProvider(), namedBy);
            Check check = module.condition() == null ? null : check(build, module.condition(), namedBy);
            panels.add(new Panel(module, provider, check));
        }
    }

    /** The HTML of every panel at this location that shows in this context, in weight order. */
    public String render(String location, Map<String, Object> hostContext) {
        StringBuilder html = new StringBuilder();
        for (Panel panel : panels) {
            if (panel.module().location().equals(location)) {
                html.append(render(panel, hostContext));
            }
        }
        return html.toString();
    }

    private String render(Panel panel, Map<String, Object> hostContext) {
        WebPanelModule module = panel.module();
        String completeKey = pluginKey + ":" + module.key();
        String content;
        try {
            if (panel.check() != null && !panel.check().test(new HashMap<>(hostContext))) {
                return "";
            }
            Map<String, Object> context = new HashMap<>(hostContext);
            if (panel.provider() != null) {
                context = panel.provider().getContextMap(context);
                if (context == null) {
                    throw new IllegalStateException(panel.provider().getClass().getName()
                            + ".getContextMap returned null");
                }
            }
            StringWriter out = new StringWriter();
            renderer.render(module.views().get("view"), context, out);
            content = out.toString();
        } catch (Exception | LinkageError e) {
            LOG.log(Level.SEVERE, "Web panel " + completeKey + " failed to render", e);
            content = "<div class=\"aui-message aui-message-error sandbox-web-panel-error\">Error rendering '"
                    + Html.text(completeKey) + "'. Please contact your administrator.</div>";
        }
        String id = Html.text(module.key());
        String dataKey = Html.text(completeKey);
        if (frame == Frame.BARE) {
            return "<div class=\"sandbox-web-panel\" id=\"" + id + "\" data-key=\"" + dataKey + "\">" + content
                    + "</div>\n";
        }
        StringBuilder html = new StringBuilder("<div class=\"module toggle-wrap sandbox-web-panel\" id=\"").append(id)
                .append("\" data-key=\"").append(dataKey).append("\">");
        if (!module.labelKey().isEmpty()) {
            html.append("<div class=\"mod-header\" id=\"").append(id).append("_heading\"><h2 class=\"toggle-title\">")
                    .append(Html.text(i18n.getText(module.labelKey()))).append("</h2></div>");
        }
        return html.append("<div class=\"mod-content\">").append(content).append("</div></div>\n").toString();
    }

    private static ContextProvider contextProvider(BiFunction<String, String, Object> build, ModuleClass spec,
                                                   String namedBy) {
        Object instance = build.apply(spec.className(), namedBy);
        if (!(instance instanceof ContextProvider provider)) {
            throw new IllegalStateException(namedBy + ": <context-provider class=\"" + spec.className()
                    + "\"> does not implement " + ContextProvider.class.getName());
        }
        provider.init(new HashMap<>(spec.params()));
        return provider;
    }

    private static Check check(BiFunction<String, String, Object> build, ConditionSpec spec, String namedBy) {
        if (spec instanceof SingleCondition single) {
            Object instance = build.apply(single.condition().className(), namedBy);
            if (!(instance instanceof Condition condition)) {
                throw new IllegalStateException(namedBy + ": <condition class=\"" + single.condition().className()
                        + "\"> does not implement " + Condition.class.getName());
            }
            condition.init(new HashMap<>(single.condition().params()));
            return context -> condition.shouldDisplay(context) != single.invert();
        }
        CompositeCondition group = (CompositeCondition) spec;
        List<Check> children = group.children().stream().map(c -> check(build, c, namedBy)).toList();
        return context -> {
            boolean result = group.and() ? children.stream().allMatch(c -> c.test(context))
                    : children.stream().anyMatch(c -> c.test(context));
            return result != group.invert();
        };
    }

    private interface Check {
        boolean test(Map<String, Object> context);
    }

    private record Panel(WebPanelModule module, ContextProvider provider, Check check) {
    }
}
