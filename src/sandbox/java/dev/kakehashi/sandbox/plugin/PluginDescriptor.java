package dev.kakehashi.sandbox.plugin;

import dev.kakehashi.sandbox.Product;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The modules of {@code atlassian-plugin.xml} that one product sees: a module carrying {@code application="x"}
 * (or {@code <restrict application="x"/>}) exists only in product x, as in the host's plugin system.
 */
public final class PluginDescriptor {
    public static final String RESOURCE = "atlassian-plugin.xml";

    private final String pluginKey;
    private final String i18nBundle;
    private final List<DownloadResource> downloads;
    private final List<AoModule> ao;
    private final List<RestModule> rest;
    private final List<ServletModule> servlets;
    private final Map<String, WebResourceModule> webResources;
    private final List<WebSectionModule> webSections;
    private final List<WebItemModule> webItems;
    private final List<WebPanelModule> webPanels;
    private final List<MacroModule> macros;
    private final List<JqlFunctionModule> jqlFunctions;
    private final List<IndexDocumentModule> indexDocuments;
    private final Map<String, ContentTemplateModule> contentTemplates;
    private final Map<String, BlueprintModule> blueprints;
    private final Set<String> velocityAllowlist;

    private PluginDescriptor(Element root, Product product) {
        pluginKey = required(root, "key");
        List<Element> modules = children(root).stream().filter(e -> appliesTo(e, product)).toList();
        i18nBundle = modules.stream()
                .filter(e -> e.getTagName().equals("resource") && "i18n".equals(e.getAttribute("type")))
                .map(e -> required(e, "location")).findFirst().orElse(null);
        downloads = downloadsOf(root);
        ao = modules(modules, "ao", e -> new AoModule(required(e, "namespace"), texts(e, "entity"), texts(e, "upgradeTask")));
        rest = modules(modules, "rest", e -> new RestModule(required(e, "key"), required(e, "path"),
                required(e, "version"), texts(e, "package")));
        servlets = modules(modules, "servlet", e -> new ServletModule(required(e, "key"), required(e, "class"),
                texts(e, "url-pattern")));
        webResources = new LinkedHashMap<>();
        for (WebResourceModule module : modules(modules, "web-resource", e -> new WebResourceModule(required(e, "key"),
                downloadsOf(e), texts(e, "dependency"), texts(e, "context"), transformers(e)))) {
            webResources.put(module.key(), module);
        }
        webSections = sorted(modules(modules, "web-section", e -> new WebSectionModule(required(e, "key"),
                required(e, "location"), weight(e), labelKey(e))), WebSectionModule::weight);
        webItems = sorted(modules(modules, "web-item", e -> new WebItemModule(required(e, "key"), required(e, "section"),
                weight(e), labelKey(e), child(e, "link").map(l -> l.getTextContent().strip()).orElse(""),
                child(e, "link").map(l -> l.getAttribute("linkId")).orElse(""), e.getAttribute("i18n-name-key"),
                child(e, "description").map(d -> d.getAttribute("key")).orElse(""), params(e), downloadsOf(e))),
                WebItemModule::weight);
        webPanels = sorted(modules(modules, "web-panel", this::webPanel), WebPanelModule::weight);
        macros = modules(modules, "xhtml-macro", PluginDescriptor::macro);
        jqlFunctions = modules(modules, "jql-function", e -> new JqlFunctionModule(required(e, "key"),
                required(e, "class"), child(e, "fname").map(f -> f.getTextContent().strip()).orElseThrow(() ->
                        new IllegalStateException(RESOURCE + ": <jql-function key=\"" + e.getAttribute("key")
                                + "\"> needs <fname>")),
                child(e, "list").map(l -> Boolean.parseBoolean(l.getTextContent().strip())).orElse(false)));
        indexDocuments = modules(modules, "index-document-configuration", PluginDescriptor::indexDocument);
        contentTemplates = new LinkedHashMap<>();
        for (ContentTemplateModule module : modules(modules, "content-template", PluginDescriptor::contentTemplate)) {
            contentTemplates.put(module.key(), module);
        }
        blueprints = new LinkedHashMap<>();
        for (BlueprintModule module : modules(modules, "blueprint", PluginDescriptor::blueprint)) {
            blueprints.put(module.key(), module);
        }
        velocityAllowlist = new LinkedHashSet<>();
        modules.stream().filter(e -> e.getTagName().equals("velocity-allowlist"))
                .forEach(e -> velocityAllowlist.addAll(texts(e, "method")));
    }

    /** Reads the descriptor at the class path root, as the host reads it at the jar root. */
    public static PluginDescriptor load(ClassLoader loader, Product product) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path (run the build first)");
            }
            return parse(in, product);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Reads a descriptor from a stream: the modules product sees. */
    public static PluginDescriptor parse(InputStream in, Product product) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
            if (!root.getTagName().equals("atlassian-plugin")) {
                throw new IllegalStateException(RESOURCE + ": the root element must be <atlassian-plugin>");
            }
            return new PluginDescriptor(root, product);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public String pluginKey() {
        return pluginKey;
    }

    /** The base name of the plugin's i18n bundle ({@code i18n/kakehashi}), or empty when it declares none. */
    public Optional<String> i18nBundle() {
        return Optional.ofNullable(i18nBundle);
    }

    /** Download resources declared at the top level, served under {@code /download/resources/<pluginKey>/}. */
    public List<DownloadResource> downloads() {
        return downloads;
    }

    public List<AoModule> ao() {
        return ao;
    }

    public List<RestModule> rest() {
        return rest;
    }

    public List<ServletModule> servlets() {
        return servlets;
    }

    public Optional<WebResourceModule> webResource(String moduleKey) {
        return Optional.ofNullable(webResources.get(moduleKey));
    }

    public java.util.Collection<WebResourceModule> webResources() {
        return webResources.values();
    }

    public List<WebSectionModule> webSections() {
        return webSections;
    }

    public List<WebItemModule> webItems() {
        return webItems;
    }

    public List<WebPanelModule> webPanels() {
        return webPanels;
    }

    public List<MacroModule> macros() {
        return macros;
    }

    public List<JqlFunctionModule> jqlFunctions() {
        return jqlFunctions;
    }

    /** The {@code <index-document-configuration>} modules: which entity property values the host indexes. */
    public List<IndexDocumentModule> indexDocuments() {
        return indexDocuments;
    }

    /** The {@code <content-template>} modules by key. */
    public Map<String, ContentTemplateModule> contentTemplates() {
        return contentTemplates;
    }

    /** The {@code <blueprint>} modules by key. */
    public Map<String, BlueprintModule> blueprints() {
        return blueprints;
    }

    /** Entries {@code fqcn#method(param fqcns)} of every {@code <velocity-allowlist>}. */
    public Set<String> velocityAllowlist() {
        return velocityAllowlist;
    }

    private static MacroModule macro(Element e) {
        Element parameters = child(e, "parameters").orElse(null);
        List<MacroParameter> list = null;
        if (parameters != null) {
            list = children(parameters).stream().filter(p -> p.getTagName().equals("parameter")).map(p -> {
                Map<String, String> options = new LinkedHashMap<>();
                children(p).stream().filter(o -> o.getTagName().equals("option"))
                        .forEach(o -> options.put(o.getAttribute("key"), o.getAttribute("value")));
                String type = required(p, "type");
                return new MacroParameter(required(p, "name"), type, Boolean.parseBoolean(p.getAttribute("required")),
                        Boolean.parseBoolean(p.getAttribute("multiple")), p.getAttribute("default"),
                        Boolean.parseBoolean(p.getAttribute("hidden")),
                        type.equals("enum") ? children(p).stream().filter(v -> v.getTagName().equals("value"))
                                .map(v -> v.getAttribute("name")).toList() : List.of(),
                        java.util.Collections.unmodifiableMap(options));
            }).toList();
        }
        return new MacroModule(required(e, "key"), required(e, "name"), required(e, "class"),
                e.getAttribute("i18n-name-key"), child(e, "description").map(d -> d.getAttribute("key")).orElse(""),
                e.getAttribute("icon"), Boolean.parseBoolean(e.getAttribute("hidden")), list);
    }

    private static ContentTemplateModule contentTemplate(Element e) {
        String template = children(e).stream().filter(r -> r.getTagName().equals("resource")
                        && "download".equals(r.getAttribute("type")) && "template".equals(r.getAttribute("name")))
                .map(r -> required(r, "location")).findFirst().orElseThrow(() -> new IllegalStateException(RESOURCE
                        + ": <content-template key=\"" + e.getAttribute("key")
                        + "\"> needs <resource type=\"download\" name=\"template\" location=\"…\"/>"));
        return new ContentTemplateModule(required(e, "key"), e.getAttribute("i18n-name-key"),
                child(e, "description").map(d -> d.getAttribute("key")).orElse(""), template,
                child(e, "context-provider").map(c -> new ModuleClass(required(c, "class"), params(c))).orElse(null));
    }

    private static BlueprintModule blueprint(Element e) {
        List<String> templates = new ArrayList<>();
        if (!e.getAttribute("content-template-key").isBlank()) {
            templates.add(e.getAttribute("content-template-key").strip());
        }
        children(e).stream().filter(c -> c.getTagName().equals("content-template"))
                .forEach(c -> templates.add(required(c, "ref")));
        List<WizardPage> pages = new ArrayList<>();
        child(e, "dialog-wizard").ifPresent(w -> {
            List<Element> pageElements = children(w).stream().filter(p -> p.getTagName().equals("dialog-page")).toList();
            for (int i = 0; i < pageElements.size(); i++) {
                Element p = pageElements.get(i);
                boolean last = p.hasAttribute("last") ? Boolean.parseBoolean(p.getAttribute("last"))
                        : i == pageElements.size() - 1;
                pages.add(new WizardPage(required(p, "id"), required(p, "template-key"), required(p, "title-key"),
                        p.getAttribute("description-header-key"), p.getAttribute("description-content-key"), last));
            }
        });
        String createResult = e.getAttribute("create-result").strip();
        return new BlueprintModule(required(e, "key"), e.getAttribute("i18n-name-key"), List.copyOf(templates),
                e.getAttribute("index-key").strip(), e.getAttribute("i18n-index-title-key").strip(),
                e.getAttribute("index-template-key").strip(), createResult.isEmpty() ? "edit" : createResult,
                Boolean.parseBoolean(e.getAttribute("disable-index-page")), List.copyOf(pages));
    }

    /** {@code <transformation extension="js"><transformer key="jsI18n"/></transformation>}: transformer keys by extension. */
    private static Map<String, List<String>> transformers(Element webResource) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (Element t : children(webResource)) {
            if (t.getTagName().equals("transformation")) {
                result.computeIfAbsent(required(t, "extension"), x -> new ArrayList<>()).addAll(children(t).stream()
                        .filter(c -> c.getTagName().equals("transformer")).map(c -> required(c, "key")).toList());
            }
        }
        return Map.copyOf(result);
    }

    private WebPanelModule webPanel(Element e) {
        Map<String, String> views = new LinkedHashMap<>();
        children(e).stream().filter(r -> r.getTagName().equals("resource") && "velocity".equals(r.getAttribute("type")))
                .forEach(r -> views.put(r.getAttribute("name"), required(r, "location")));
        return new WebPanelModule(required(e, "key"), required(e, "location"), weight(e), labelKey(e), views,
                child(e, "context-provider").map(c -> new ModuleClass(required(c, "class"), params(c))).orElse(null),
                conditionOf(e));
    }

    /** The {@code <condition>} and {@code <conditions>} children of a module, all of which must hold; null when none. */
    private static ConditionSpec conditionOf(Element module) {
        List<ConditionSpec> all = conditions(module);
        if (all.isEmpty()) {
            return null;
        }
        return all.size() == 1 ? all.get(0) : new CompositeCondition(true, all, false);
    }

    private static List<ConditionSpec> conditions(Element parent) {
        List<ConditionSpec> result = new ArrayList<>();
        for (Element c : children(parent)) {
            boolean invert = "true".equalsIgnoreCase(c.getAttribute("invert").strip());
            if (c.getTagName().equals("condition")) {
                result.add(new SingleCondition(new ModuleClass(required(c, "class"), params(c)), invert));
            } else if (c.getTagName().equals("conditions")) {
                String type = c.getAttribute("type").strip();
                if (!type.equalsIgnoreCase("AND") && !type.equalsIgnoreCase("OR")) {
                    throw new IllegalStateException(RESOURCE + ": <conditions> needs type=\"AND\" or type=\"OR\"");
                }
                result.add(new CompositeCondition(type.equalsIgnoreCase("AND"), conditions(c), invert));
            }
        }
        return result;
    }

    /** {@code <param name="n" value="v"/>} or {@code <param name="n">v</param>} children, in order. */
    private static Map<String, String> params(Element parent) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Element p : children(parent)) {
            if (p.getTagName().equals("param")) {
                params.put(required(p, "name"), p.hasAttribute("value") ? p.getAttribute("value")
                        : p.getTextContent().strip());
            }
        }
        return Map.copyOf(params);
    }

    private static boolean appliesTo(Element module, Product product) {
        List<String> applications = new ArrayList<>();
        if (module.hasAttribute("application")) {
            applications.add(module.getAttribute("application"));
        }
        children(module).stream().filter(c -> c.getTagName().equals("restrict"))
                .forEach(c -> applications.add(c.getAttribute("application")));
        return applications.isEmpty() || applications.stream()
                .flatMap(a -> Arrays.stream(a.split("[,\\s]+")))
                .anyMatch(a -> a.equalsIgnoreCase(product.key()));
    }

    private static List<DownloadResource> downloadsOf(Element parent) {
        return children(parent).stream()
                .filter(r -> r.getTagName().equals("resource") && "download".equals(r.getAttribute("type")))
                .map(r -> new DownloadResource(required(r, "name"), required(r, "location")))
                .toList();
    }

    private interface ModuleReader<T> {
        T read(Element element);
    }

    private static <T> List<T> modules(List<Element> modules, String tag, ModuleReader<T> reader) {
        return modules.stream().filter(e -> e.getTagName().equals(tag)).map(reader::read).toList();
    }

    private static <T> List<T> sorted(List<T> modules, java.util.function.ToIntFunction<T> weight) {
        return modules.stream().sorted(Comparator.comparingInt(weight)).toList();
    }

    private static String labelKey(Element module) {
        return child(module, "label").map(l -> l.getAttribute("key")).orElse("");
    }

    private static int weight(Element module) {
        String weight = module.getAttribute("weight");
        return weight.isEmpty() ? 1000 : Integer.parseInt(weight.strip());
    }

    /**
     * Reads an {@code <index-document-configuration>} as Jira's module descriptor does: {@code entity-key} must be
     * {@code IssueProperty}, each {@code <key property-key>} needs at least one {@code <extract path type>}, and the
     * type is one of number, string, text, date (any case); anything else refuses the module. An extract's
     * {@code alias} attribute (a name JQL may use instead of {@code issue.property[key].path}) is read when present.
     */
    private static IndexDocumentModule indexDocument(Element e) {
        String key = required(e, "key");
        String entityKey = required(e, "entity-key");
        if (!entityKey.equals("IssueProperty")) {
            throw new IllegalStateException(RESOURCE + ": <index-document-configuration key=\"" + key
                    + "\"> entity-key must be IssueProperty, not " + entityKey);
        }
        List<IndexedKey> keys = new ArrayList<>();
        for (Element k : children(e).stream().filter(c -> c.getTagName().equals("key")).toList()) {
            List<Extract> extracts = new ArrayList<>();
            for (Element x : children(k).stream().filter(c -> c.getTagName().equals("extract")).toList()) {
                String type = required(x, "type").toLowerCase(java.util.Locale.ROOT);
                if (!Set.of("number", "string", "text", "date").contains(type)) {
                    throw new IllegalStateException(RESOURCE + ": <extract path=\"" + x.getAttribute("path")
                            + "\"> has the unknown type " + type);
                }
                String alias = x.getAttribute("alias").strip();
                extracts.add(new Extract(required(x, "path"), type, alias.isEmpty() ? null : alias));
            }
            if (extracts.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": <key property-key=\"" + k.getAttribute("property-key")
                        + "\"> needs an <extract>");
            }
            keys.add(new IndexedKey(required(k, "property-key"), extracts));
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": <index-document-configuration key=\"" + key
                    + "\"> needs a <key>");
        }
        return new IndexDocumentModule(key, entityKey, keys);
    }

    private static String required(Element element, String attribute) {
        String value = element.getAttribute(attribute).strip();
        if (value.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": <" + element.getTagName() + "> needs the attribute "
                    + attribute);
        }
        return value;
    }

    private static List<String> texts(Element parent, String tag) {
        return children(parent).stream().filter(c -> c.getTagName().equals(tag))
                .map(c -> c.getTextContent().strip()).toList();
    }

    private static Optional<Element> child(Element parent, String tag) {
        return children(parent).stream().filter(c -> c.getTagName().equals(tag)).findFirst();
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element element) {
                result.add(element);
            }
        }
        return result;
    }

    /** {@code <resource type="download" name location>}. */
    public record DownloadResource(String name, String location) {
    }

    /** {@code <ao namespace>} with its entities and upgrade tasks. */
    public record AoModule(String namespace, List<String> entities, List<String> upgradeTasks) {
    }

    /** {@code <rest path version>} with the packages scanned for resources and providers. */
    public record RestModule(String key, String path, String version, List<String> packages) {
        /** Where the host mounts it: {@code /rest/kakehashi/1.0}. */
        public String basePath() {
            return "/rest" + (path.startsWith("/") ? path : "/" + path) + "/" + version;
        }
    }

    /** {@code <servlet class>} with its url patterns below {@code /plugins/servlet}. */
    public record ServletModule(String key, String className, List<String> urlPatterns) {
    }

    /**
     * {@code <web-resource>}: its download resources, the web resources it depends on, and the contexts
     * ({@code <context>editor</context>}) in which the host includes it on its own pages.
     */
    public record WebResourceModule(String key, List<DownloadResource> resources, List<String> dependencies,
                                    List<String> contexts, Map<String, List<String>> transformers) {
        /** Whether files with this extension go through this transformer ({@code jsI18n}, …). */
        public boolean transforms(String extension, String transformer) {
            return transformers.getOrDefault(extension, List.of()).contains(transformer);
        }
    }

    /** {@code <web-section key location>}. */
    public record WebSectionModule(String key, String location, int weight, String labelKey) {
    }

    /**
     * {@code <web-item section>} with its label key and link, and what the Create dialog reads of it: its
     * {@code i18n-name-key}, {@code <description key>}, {@code <param>}s (a blueprint's {@code blueprintKey}) and
     * download resources (the icon is the one named {@code icon}).
     */
    public record WebItemModule(String key, String section, int weight, String labelKey, String link, String linkId,
                                String nameKey, String descriptionKey, Map<String, String> params,
                                List<DownloadResource> resources) {
        public Optional<DownloadResource> icon() {
            return resources.stream().filter(r -> r.name().equals("icon")).findFirst();
        }
    }

    /**
     * {@code <content-template key i18n-name-key>}: its {@code <description key>}, the location of its storage-format
     * template (the download resource named {@code template}) and its context provider (null when none).
     */
    public record ContentTemplateModule(String key, String nameKey, String descriptionKey, String templateLocation,
                                        ModuleClass contextProvider) {
    }

    /**
     * {@code <blueprint>}: its content templates (keys relative to the plugin; the first is the default), index key,
     * index title key, index template (empty: the host's default index template), create result ({@code edit}
     * unless given), whether the index page is disabled, and the pages of its {@code <dialog-wizard>}.
     */
    public record BlueprintModule(String key, String nameKey, List<String> contentTemplateKeys, String indexKey,
                                  String indexTitleKey, String indexTemplateKey, String createResult,
                                  boolean indexDisabled, List<WizardPage> wizardPages) {
    }

    /** {@code <dialog-page id template-key title-key description-header-key description-content-key last>}. */
    public record WizardPage(String id, String templateKey, String titleKey, String descriptionHeaderKey,
                             String descriptionContentKey, boolean last) {
    }

    /**
     * {@code <web-panel location>}: its label key (empty when none), Velocity views by name, context provider and
     * condition (each null when absent).
     */
    public record WebPanelModule(String key, String location, int weight, String labelKey, Map<String, String> views,
                                 ModuleClass contextProvider, ConditionSpec condition) {
    }

    /** A class a module names, with the {@code <param>}s the host passes to its {@code init}. */
    public record ModuleClass(String className, Map<String, String> params) {
    }

    /** A module's display condition: one {@code <condition>} or a {@code <conditions type>} group. */
    public sealed interface ConditionSpec permits SingleCondition, CompositeCondition {
    }

    /** {@code <condition class [invert]>}. */
    public record SingleCondition(ModuleClass condition, boolean invert) implements ConditionSpec {
    }

    /** {@code <conditions type="AND|OR" [invert]>}. */
    public record CompositeCondition(boolean and, List<ConditionSpec> children, boolean invert) implements ConditionSpec {
    }

    /**
     * {@code <xhtml-macro name class>} with what the macro browser reads: {@code i18n-name-key} and
     * {@code <description key>} (empty when absent), {@code icon}, {@code hidden}, and the {@code <parameters>}
     * (null when the element is absent: such a macro is not offered in the macro browser).
     */
    public record MacroModule(String key, String name, String className, String i18nNameKey, String descriptionKey,
                              String icon, boolean hidden, List<MacroParameter> parameters) {
        /** Whether the macro browser offers it: it has {@code <parameters>} and is not hidden. */
        public boolean browsable() {
            return parameters != null && !hidden;
        }
    }

    /**
     * {@code <parameter name type required multiple default hidden>} with its enum {@code <value name>}s (only for
     * {@code type="enum"}) and {@code <option key value>}s; an absent default is empty.
     */
    public record MacroParameter(String name, String type, boolean required, boolean multiple, String defaultValue,
                                 boolean hidden, List<String> enumValues, Map<String, String> options) {
    }

    /** {@code <jql-function key class>} with its {@code <fname>} and {@code <list>} (false when absent). */
    public record JqlFunctionModule(String key, String className, String functionName, boolean list) {
    }

    /** {@code <index-document-configuration key entity-key>} with its property keys. */
    public record IndexDocumentModule(String key, String entityKey, List<IndexedKey> keys) {
    }

    /** {@code <key property-key>}: the property whose JSON values are extracted. */
    public record IndexedKey(String propertyKey, List<Extract> extracts) {
    }

    /** {@code <extract path type [alias]>}: a dot-separated path into the JSON object, its type, its JQL alias or null. */
    public record Extract(String path, String type, String alias) {
    }
}
