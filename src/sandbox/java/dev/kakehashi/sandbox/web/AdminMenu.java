package dev.kakehashi.sandbox.web;

import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.host.BundleI18nResolver;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.WebItemModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The product's administration menu as its web-items make it: in Jira the items of each web-section in
 * {@code admin_plugins_menu}, in Confluence the items of {@code system.admin/configuration}.
 */
public final class AdminMenu {
    static final String JIRA_LOCATION = "admin_plugins_menu";
    static final String CONFLUENCE_SECTION = "system.admin/configuration";
    /** Jira's top navigation bar, where apps add their own links. */
    static final String TOP_NAVIGATION = "system.top.navigation.bar";

    private final Product product;
    private final PluginDescriptor descriptor;
    private final BundleI18nResolver i18n;

    public AdminMenu(Product product, PluginDescriptor descriptor, BundleI18nResolver i18n) {
        this.product = product;
        this.descriptor = descriptor;
        this.i18n = i18n;
    }

    /** A heading with its links. */
    public record Section(String label, List<Item> items) {
    }

    /** A link: its label, its href with the context path, and its id. */
    public record Item(String label, String href, String id) {
    }

    public List<Section> sections(Locale locale) {
        List<Section> sections = new ArrayList<>();
        if (product == Product.JIRA) {
            descriptor.webSections().stream().filter(s -> s.location().equals(JIRA_LOCATION)).forEach(s ->
                    sections.add(new Section(label(locale, s.labelKey()),
                            items(locale, JIRA_LOCATION + "/" + s.key()))));
        } else {
            sections.add(new Section(HostText.get(locale, "admin.configuration"), items(locale, CONFLUENCE_SECTION)));
        }
        return sections.stream().filter(s -> !s.items().isEmpty()).toList();
    }

    /** The plugin's links in the header's top navigation bar (Jira's {@code system.top.navigation.bar}). */
    public List<Item> topNavigation(Locale locale) {
        return items(locale, TOP_NAVIGATION);
    }

    private List<Item> items(Locale locale, String section) {
        return descriptor.webItems().stream().filter(i -> i.section().equals(section))
                .map(i -> item(locale, i)).toList();
    }

    private Item item(Locale locale, WebItemModule module) {
        String link = module.link();
        String href = link.startsWith("/") ? product.contextPath() + link : link;
        return new Item(label(locale, module.labelKey()), href, module.linkId().isEmpty() ? module.key() : module.linkId());
    }

    private String label(Locale locale, String key) {
        return key.isEmpty() ? "" : i18n.getText(locale, key);
    }
}
