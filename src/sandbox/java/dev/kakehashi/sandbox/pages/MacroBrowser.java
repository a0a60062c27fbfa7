package dev.kakehashi.sandbox.pages;

import dev.kakehashi.sandbox.host.BundleI18nResolver;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.MacroModule;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.MacroParameter;
import dev.kakehashi.sandbox.web.HostText;
import dev.kakehashi.sandbox.web.Html;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Confluence's macro browser in the sandbox's page editor: the server half. It lists the product's
 * {@code <xhtml-macro>} modules that have {@code <parameters>} and are not {@code hidden}, with the host's i18n keys
 * (title: {@code i18n-name-key}, else {@code <pluginKey>.<name>.label}, else the name capitalised; description:
 * {@code <description key>}, else {@code <pluginKey>.<name>.desc}; parameters:
 * {@code <pluginKey>.<name>.param.<p>.label} / {@code .desc}, else the parameter name / nothing), and writes the dialog and the metadata the script
 * {@code macro-browser-sandbox.js} builds the parameter form from. Descriptions are inserted as HTML, as the host
 * does; titles and labels are text. Categories, search, icons other than the macro's own, aliases, the preview and
 * macro bodies are not emulated.
 */
public final class MacroBrowser {
    /** The dialog's id. */
    public static final String DIALOG_ID = "macro-browser-dialog";

    private final PluginDescriptor descriptor;
    private final BundleI18nResolver i18n;
    private final String contextPath;

    public MacroBrowser(PluginDescriptor descriptor, BundleI18nResolver i18n, String contextPath) {
        this.descriptor = descriptor;
        this.i18n = i18n;
        this.contextPath = contextPath;
    }

    /** The macros the browser offers, in descriptor order. */
    public List<MacroModule> macros() {
        return descriptor.macros().stream().filter(MacroModule::browsable).toList();
    }

    /** The macro's title as the browser shows it. */
    public String title(MacroModule macro, Locale locale) {
        String key = macro.i18nNameKey().isEmpty() || macro.i18nNameKey().equals(macro.name())
                ? prefix(macro) + "label" : macro.i18nNameKey();
        String text = i18n.pattern(locale, key);
        if (text != null) {
            return text;
        }
        String spaced = macro.name().replace('-', ' ');
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** The macro's description (HTML, as the host inserts it), or empty. */
    public String descriptionHtml(MacroModule macro, Locale locale) {
        String key = macro.descriptionKey().isEmpty() ? prefix(macro) + "desc" : macro.descriptionKey();
        String text = i18n.pattern(locale, key);
        return text == null ? "" : text;
    }

    private String prefix(MacroModule macro) {
        return descriptor.pluginKey() + "." + macro.name() + ".";
    }

    /**
     * The dialog (hidden until the Insert macro button opens it) and the macros' metadata as JSON. Not inside the
     * editor's form: the dialog has its own.
     */
    public String dialogHtml(Locale locale) {
        StringBuilder html = new StringBuilder("<section id=\"").append(DIALOG_ID)
                .append("\" class=\"aui-dialog2 sandbox-dialog\" role=\"dialog\" aria-labelledby=\"")
                .append("macro-browser-title\" hidden>\n<header class=\"aui-dialog2-header\"><h2 id=\"")
                .append("macro-browser-title\">").append(HostText.get(locale, "macro.title"))
                .append("</h2></header>\n<div class=\"aui-dialog2-content\">\n<ul id=\"macro-browser-list\" ")
                .append("class=\"sandbox-macro-list\">\n");
        for (MacroModule macro : macros()) {
            html.append("<li><button type=\"button\" class=\"sandbox-macro-item\" id=\"macro-")
                    .append(Html.text(macro.name())).append("\" data-macro-name=\"").append(Html.text(macro.name()))
                    .append("\">");
            if (!macro.icon().isEmpty()) {
                html.append("<img class=\"sandbox-macro-icon\" alt=\"\" width=\"24\" height=\"24\" src=\"")
                        .append(Html.text(macro.icon().startsWith("/") ? contextPath + macro.icon() : macro.icon()))
                        .append("\">");
            }
            html.append("<span class=\"macro-title\">").append(Html.text(title(macro, locale)))
                    .append("</span><span class=\"macro-desc\">").append(descriptionHtml(macro, locale))
                    .append("</span></button></li>\n");
        }
        html.append("</ul>\n<form class=\"aui\" id=\"macro-browser-form\" hidden>")
                .append("<h3 id=\"macro-browser-macro-title\"></h3><div id=\"macro-browser-macro-desc\" ")
                .append("class=\"description\"></div><div id=\"macro-browser-fields\" class=\"macro-input-fields\">")
                .append("</div></form>\n</div>\n<footer class=\"aui-dialog2-footer\">")
                .append("<button type=\"button\" class=\"aui-button aui-button-primary\" id=\"macro-browser-insert\" ")
                .append("disabled>").append(HostText.get(locale, "macro.insert")).append("</button> ")
                .append("<button type=\"button\" class=\"aui-button\" id=\"macro-browser-back\" hidden>")
                .append(HostText.get(locale, "macro.back")).append("</button> ")
                .append("<button type=\"button\" class=\"aui-button aui-button-link\" id=\"macro-browser-cancel\">")
                .append(HostText.get(locale, "macro.cancel")).append("</button></footer>\n</section>\n")
                .append("<script type=\"application/json\" id=\"macro-browser-metadata\">")
                .append(metadataJson(locale)).append("</script>\n");
        return html.toString();
    }

    /**
     * The metadata of each offered macro, shaped like the host's (MacroSummary / MacroParameter as the browser
     * script sees them): {@code name, title, description, parameters: [{name, type: {name}, required, multiple,
     * defaultValue, enumValues, options, displayName, description, hidden}]}.
     */
    public String metadataJson(Locale locale) {
        StringBuilder json = new StringBuilder("[");
        for (MacroModule macro : macros()) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"name\":").append(string(macro.name())).append(",\"title\":")
                    .append(string(title(macro, locale))).append(",\"description\":")
                    .append(string(descriptionHtml(macro, locale))).append(",\"parameters\":[");
            boolean first = true;
            for (MacroParameter p : macro.parameters()) {
                if (!first) {
                    json.append(',');
                }
                first = false;
                String label = i18n.pattern(locale, prefix(macro) + "param." + p.name() + ".label");
                String description = i18n.pattern(locale, prefix(macro) + "param." + p.name() + ".desc");
                json.append("{\"name\":").append(string(p.name())).append(",\"type\":{\"name\":")
                        .append(string(p.type())).append("},\"required\":").append(p.required())
                        .append(",\"multiple\":").append(p.multiple()).append(",\"defaultValue\":")
                        .append(p.defaultValue().isEmpty() ? "null" : string(p.defaultValue()))
                        .append(",\"hidden\":").append(p.hidden()).append(",\"enumValues\":[");
                for (int i = 0; i < p.enumValues().size(); i++) {
                    json.append(i == 0 ? "" : ",").append(string(p.enumValues().get(i)));
                }
                json.append("],\"options\":{");
                boolean firstOption = true;
                for (Map.Entry<String, String> option : p.options().entrySet()) {
                    json.append(firstOption ? "" : ",").append(string(option.getKey())).append(':')
                            .append(string(option.getValue()));
                    firstOption = false;
                }
                json.append("},\"displayName\":").append(string(label == null ? p.name() : label))
                        .append(",\"description\":").append(string(description == null ? "" : description))
                        .append('}');
            }
            json.append("]}");
        }
        return json.append(']').toString();
    }

    /** A JSON string that is also safe inside a {@code <script>} element. */
    static String string(String value) {
        return Html.jsonString(value);
    }
}
