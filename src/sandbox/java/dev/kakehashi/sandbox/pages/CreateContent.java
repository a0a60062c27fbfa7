package dev.kakehashi.sandbox.pages;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.plugins.createcontent.impl.ContentBlueprint;
import com.atlassian.plugin.web.ContextProvider;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.BundleI18nResolver;
import dev.kakehashi.sandbox.host.ConfluenceDrafts;
import dev.kakehashi.sandbox.host.ConfluenceLabels;
import dev.kakehashi.sandbox.host.ConfluencePage;
import dev.kakehashi.sandbox.host.ConfluencePages;
import dev.kakehashi.sandbox.host.ConfluencePermissions;
import dev.kakehashi.sandbox.host.ConfluenceSpace;
import dev.kakehashi.sandbox.host.ConfluenceSpaces;
import dev.kakehashi.sandbox.host.ConfluenceUserOf;
import dev.kakehashi.sandbox.host.HostServices;
import dev.kakehashi.sandbox.host.SandboxEventPublisher;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.BlueprintModule;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.ContentTemplateModule;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.WebItemModule;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.WizardPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.logging.Logger;

/**
 * The sandbox's stand-in for Confluence's create-content plugin: the blueprints of the plugin's
 * {@code <blueprint>}, {@code <content-template>} and {@code system.create.dialog/content} web-item modules. At
 * start it checks that every reference between them resolves, that every template parses, and builds each template's
 * context provider from the plugin's context (then {@code init} with its params). Creating a page from a blueprint:
 * the wizard's context goes through the template's provider ({@code getContextMap}, the same map), the template is
 * filled ({@link BlueprintTemplates}) in the creator's language; the title is the request's, else the context's
 * {@code title}, else its {@code ContentPageTitle}; the page gets the index key as a label plus the space-separated
 * {@code labelsString}; the blueprint's index page is made once per space (title from {@code i18n-index-title-key} in
 * the creator's language, "(2)" when taken, a child of the space's first page, filled from the index template) and
 * new pages become its children. {@code create-result="edit"} makes a draft that only its creator sees and that keeps
 * the create request; publishing it creates the page and publishes {@link BlueprintPageCreateEvent} with the stored
 * context. {@code create-result="view"} creates the page and publishes the event at once. Content blueprint ids are
 * name-based UUIDs of the module keys (Confluence stores random ones). Not emulated: space blueprints, templates
 * edited by admins, promoted blueprints, "how to use" pages, the default index template (a blueprint without
 * {@code index-template-key} gets an index page listing its label's pages), view restrictions chosen in the dialog,
 * the content-report-table and create-from-template macros.
 */
public final class CreateContent {
    private static final Logger LOG = Logger.getLogger(CreateContent.class.getName());
    /** The Create dialog's section of web items. */
    public static final String SECTION = "system.create.dialog/content";

    private final PluginDescriptor descriptor;
    private final ConfluenceSpaces spaces;
    private final ConfluencePages pages;
    private final ConfluencePermissions permissions;
    private final ConfluenceDrafts drafts;
    private final ConfluenceLabels labels;
    private final BundleI18nResolver i18n;
    private final SandboxEventPublisher events;
    private final Map<String, String> templates = new HashMap<>();
    private final Map<String, ContextProvider> providers = new HashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param build builds a class the descriptor names as the host builds module classes (class name, which module
     *              names it)
     */
    public CreateContent(PluginDescriptor descriptor, HostServices services, BiFunction<String, String, Object> build,
                         ClassLoader loader) {
        this.descriptor = descriptor;
        this.spaces = services.spaces();
        this.pages = services.pages();
        this.permissions = services.pagePermissions();
        this.drafts = services.drafts();
        this.labels = services.labels();
        this.i18n = services.i18n();
        this.events = services.eventPublisher();
        for (ContentTemplateModule module : descriptor.contentTemplates().values()) {
            String namedBy = "<content-template key=\"" + module.key() + "\">";
            String template = read(loader, module.templateLocation(), namedBy);
            BlueprintTemplates.parse(template);
            templates.put(module.key(), template);
            if (module.contextProvider() != null) {
                Object provider = build.apply(module.contextProvider().className(), namedBy + " <context-provider>");
                if (!(provider instanceof ContextProvider contextProvider)) {
                    throw new IllegalStateException(namedBy + ": " + module.contextProvider().className()
                            + " is not a " + ContextProvider.class.getName());
                }
                if (!(provider instanceof AbstractBlueprintContextProvider)) {
                    LOG.warning(namedBy + ": " + module.contextProvider().className() + " does not extend "
                            + AbstractBlueprintContextProvider.class.getName());
                }
                contextProvider.init(module.contextProvider().params());
                providers.put(module.key(), contextProvider);
            }
        }
        for (BlueprintModule blueprint : descriptor.blueprints().values()) {
            String namedBy = "<blueprint key=\"" + blueprint.key() + "\">";
            if (blueprint.contentTemplateKeys().isEmpty()) {
                throw new IllegalStateException(namedBy + " names no content template");
            }
            for (String key : blueprint.contentTemplateKeys()) {
                requireTemplate(key, namedBy);
            }
            if (!blueprint.indexTemplateKey().isEmpty()) {
                requireTemplate(blueprint.indexTemplateKey(), namedBy + " index-template-key");
            }
            if (!blueprint.indexKey().isEmpty() && ConfluenceLabels.valid(blueprint.indexKey()).isEmpty()) {
                throw new IllegalStateException(namedBy + ": index-key " + blueprint.indexKey() + " is no valid label");
            }
        }
        for (WebItemModule item : items()) {
            String key = item.params().get("blueprintKey");
            if (key != null && blueprint(key).isEmpty()) {
                throw new IllegalStateException("<web-item key=\"" + item.key() + "\"> names the blueprint " + key
                        + ", which does not exist");
            }
        }
    }

    private void requireTemplate(String key, String namedBy) {
        if (!descriptor.contentTemplates().containsKey(relative(key))) {
            throw new IllegalStateException(namedBy + " names the content template " + key + ", which does not exist");
        }
    }

    private String relative(String key) {
        String prefix = descriptor.pluginKey() + ":";
        return key.startsWith(prefix) ? key.substring(prefix.length()) : key;
    }

    private static String read(ClassLoader loader, String location, String namedBy) {
        try (InputStream in = loader.getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException(namedBy + ": the template " + location + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plugin's web items in the Create dialog, by weight. */
    public List<WebItemModule> items() {
        return descriptor.webItems().stream().filter(i -> i.section().equals(SECTION)).toList();
    }

    /** The blueprint with this key (relative to the plugin, or complete). */
    public Optional<BlueprintModule> blueprint(String key) {
        return Optional.ofNullable(descriptor.blueprints().get(relative(key)));
    }

    /** The complete key of a blueprint ({@code pluginKey:blueprintKey}). */
    public String completeKey(BlueprintModule blueprint) {
        return descriptor.pluginKey() + ":" + blueprint.key();
    }

    /** The sandbox's content blueprint id of a blueprint. */
    public static UUID blueprintId(String completeKey) {
        return UUID.nameUUIDFromBytes(("sandbox-content-blueprint:" + completeKey).getBytes(StandardCharsets.UTF_8));
    }

    /** What the Create dialog lists for this user, in their language: one entry per web item, with its wizard. */
    public List<Map<String, Object>> webItems(String contextPath, Locale locale) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (WebItemModule item : items()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("itemModuleCompleteKey", descriptor.pluginKey() + ":" + item.key());
            entry.put("name", i18n.getText(locale, item.nameKey().isEmpty() ? item.labelKey() : item.nameKey()));
            entry.put("description", item.descriptionKey().isEmpty() ? "" : i18n.getText(locale, item.descriptionKey()));
            entry.put("iconURL", item.icon().map(icon -> contextPath + "/download/resources/" + descriptor.pluginKey()
                    + ":" + item.key() + "/" + icon.name()).orElse(""));
            BlueprintModule blueprint = Optional.ofNullable(item.params().get("blueprintKey")).flatMap(this::blueprint)
                    .orElse(null);
            if (blueprint != null) {
                entry.put("blueprintModuleCompleteKey", completeKey(blueprint));
                entry.put("contentBlueprintId", blueprintId(completeKey(blueprint)).toString());
                entry.put("createResult", blueprint.createResult());
                List<Map<String, Object>> wizardPages = new ArrayList<>();
                for (WizardPage page : blueprint.wizardPages()) {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("id", page.id());
                    p.put("templateKey", page.templateKey());
                    p.put("title", i18n.getText(locale, page.titleKey()));
                    p.put("descriptionHeader", page.descriptionHeaderKey().isEmpty() ? ""
                            : i18n.getText(locale, page.descriptionHeaderKey()));
                    p.put("descriptionContent", page.descriptionContentKey().isEmpty() ? ""
                            : i18n.getText(locale, page.descriptionContentKey()));
                    p.put("last", page.last());
                    wizardPages.add(p);
                }
                entry.put("wizard", Map.of("pages", wizardPages));
            }
            result.add(entry);
        }
        return result;
    }

    /** The blueprint with this content blueprint id or complete module key. */
    public Optional<BlueprintModule> byIdOrKey(String contentBlueprintId, String moduleCompleteKey) {
        for (BlueprintModule blueprint : descriptor.blueprints().values()) {
            String complete = completeKey(blueprint);
            if (complete.equals(moduleCompleteKey) || blueprintId(complete).toString().equals(contentBlueprintId)) {
                return Optional.of(blueprint);
            }
        }
        return Optional.empty();
    }

    /** A page or draft made from a blueprint: its id, whether it is a draft, and where the creator goes next. */
    public record Created(long id, boolean draft, String path) {
    }

    /** The create request could not be carried out; {@code status} is the HTTP status the REST API answers. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /**
     * Creates a page (or, for {@code create-result="edit"}, a draft) from a blueprint in a space, as this user.
     *
     * @param asDraft true for the create-draft call, false for create-content (which only view blueprints accept)
     * @throws Refused 404 no such space the user sees or no such blueprint, 403 may not add pages, 400 a
     *                 create-content call for an edit blueprint, a title Confluence refuses
     */
    public synchronized Created create(BlueprintModule blueprint, String spaceKey, String title,
                                       Map<String, Object> wizardContext, DemoUser user, Locale locale,
                                       boolean asDraft) {
        ConfluenceSpace space = spaces.byKey(spaceKey).filter(s -> permissions.canViewSpace(s.demo(), user))
                .orElseThrow(() -> new Refused(404, "There is no such space, or you may not view it."));
        if (!permissions.canAddPage(space.demo(), user)) {
            throw new Refused(403, "You may not add pages to this space.");
        }
        if (!asDraft && !"view".equals(blueprint.createResult())) {
            throw new Refused(400, "This blueprint opens the editor: create a draft instead.");
        }
        Map<String, Object> stored = new LinkedHashMap<>(wizardContext);
        Map<String, Object> context = new HashMap<>(wizardContext);
        String templateKey = relative(blueprint.contentTemplateKeys().get(0));
        ContextProvider provider = providers.get(templateKey);
        if (provider != null) {
            context = provider.getContextMap(context);
        }
        String storage = BlueprintTemplates.fill(templates.get(templateKey), context, key -> i18n.getText(locale, key));
        String pageTitle = firstNonBlank(title, string(context.get("title")), string(context.get("ContentPageTitle")));
        if (pageTitle.isEmpty()) {
            throw new Refused(400, "A page needs a title.");
        }
        List<String> pageLabels = new ArrayList<>();
        if (!blueprint.indexKey().isEmpty()) {
            pageLabels.add(blueprint.indexKey());
        }
        Arrays.stream(string(context.get("labelsString")).split(" ")).filter(s -> !s.isBlank())
                .forEach(pageLabels::add);
        long parent = blueprint.indexDisabled() || blueprint.indexKey().isEmpty() ? 0
                : indexPage(blueprint, space, user, locale);
        String completeKey = completeKey(blueprint);
        if (asDraft && "edit".equals(blueprint.createResult())) {
            ConfluenceDrafts.Draft draft = drafts.create(space.getKey(), pageTitle, user.key(), parent, pageLabels,
                    storage, request(completeKey, stored));
            return new Created(draft.id(), true, PageEditor.RESUME_DRAFT_PATH + "?draftId=" + draft.id());
        }
        ConfluencePage page;
        try {
            page = pages.create(space.getKey(), pageTitle, storage, user.key(), parent);
        } catch (ConfluencePages.PageRefused e) {
            throw new Refused(400, e.getMessage());
        }
        label(page.getId(), pageLabels);
        published(page, completeKey, stored, user);
        return new Created(page.getId(), false, ConfluencePagesServlet.VIEW_PATH + "?pageId=" + page.getId());
    }

    /**
     * Publishes a draft made from a blueprint with the title and body the creator saved: the page is created (with
     * the draft's labels and parent), the draft removed, and the page-created event published with the stored context.
     *
     * @throws ConfluencePages.PageRefused when the title is blank, too long or taken
     */
    public synchronized ConfluencePage publish(ConfluenceDrafts.Draft draft, String title, String storage,
                                               DemoUser user) {
        ConfluencePage page = pages.create(draft.spaceKey(), title, storage, user.key(),
                draft.parentId() == null ? 0 : draft.parentId());
        label(page.getId(), draft.labels());
        drafts.delete(draft.id());
        if (draft.request() != null) {
            StoredRequest request = storedRequest(draft.request());
            published(page, request.blueprint(), request.context(), user);
        }
        return page;
    }

    private void published(ConfluencePage page, String blueprintKey, Map<String, Object> context, DemoUser creator) {
        events.publish(new BlueprintPageCreateEvent(this, page, new ContentBlueprint(blueprintKey),
                new ConfluenceUserOf(creator), context));
    }

    private void label(long pageId, List<String> names) {
        for (String name : names) {
            if (ConfluenceLabels.valid(name).isPresent()) {
                labels.add(pageId, name);
            } else {
                LOG.warning("Confluence refuses the label '" + name + "' of page " + pageId);
            }
        }
    }

    /** The blueprint's index page in this space, made on first use. */
    private long indexPage(BlueprintModule blueprint, ConfluenceSpace space, DemoUser user, Locale locale) {
        Optional<ConfluencePage> existing = labels.pages(space.getKey(), indexLabel(blueprint)).stream()
                .map(pages::byId).flatMap(Optional::stream).findFirst();
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        String base = i18n.getText(locale, blueprint.indexTitleKey().isEmpty() ? blueprint.nameKey()
                : blueprint.indexTitleKey());
        Map<String, Object> context = new HashMap<>();
        context.put("templateLabel", blueprint.indexKey());
        context.put("analyticsKey", blueprint.indexKey());
        context.put("spaceKey", space.getKey());
        context.put("blueprintKey", completeKey(blueprint));
        context.put("blueprintId", blueprintId(completeKey(blueprint)));
        String storage;
        if (blueprint.indexTemplateKey().isEmpty()) {
            storage = BlueprintTemplates.fill("<p><at:var at:name=\"templateLabel\"/></p>", context, k -> k);
        } else {
            String templateKey = relative(blueprint.indexTemplateKey());
            ContextProvider provider = providers.get(templateKey);
            storage = BlueprintTemplates.fill(templates.get(templateKey),
                    provider == null ? context : provider.getContextMap(context), k -> i18n.getText(locale, k));
        }
        long home = pages.inSpace(space.getKey()).stream().findFirst().map(ConfluencePage::getId).orElse(0L);
        for (int n = 1; n <= 3; n++) {
            try {
                ConfluencePage page = pages.create(space.getKey(), n == 1 ? base : base + " (" + n + ")", storage,
                        user.key(), home);
                labels.add(page.getId(), indexLabel(blueprint));
                return page.getId();
            } catch (ConfluencePages.PageRefused e) {
                if (!"title.taken".equals(e.reason())) {
                    throw new Refused(400, e.getMessage());
                }
            }
        }
        throw new Refused(400, "The index page " + base + " cannot be created: its title is taken.");
    }

    /**
     * The label that finds a blueprint's index page again. Confluence uses a hidden system label in the blueprint's
     * namespace; the sandbox keeps one visible global label instead.
     */
    private String indexLabel(BlueprintModule blueprint) {
        return "blueprint-index-" + blueprint.key();
    }

    private record StoredRequest(String blueprint, Map<String, Object> context) {
    }

    private String request(String blueprintKey, Map<String, Object> context) {
        try {
            return json.writeValueAsString(Map.of("blueprint", blueprintKey, "context", context));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The wizard's context cannot be stored: " + e.getMessage(), e);
        }
    }

    private StoredRequest storedRequest(String text) {
        try {
            Map<String, Object> map = json.readValue(text, new TypeReference<Map<String, Object>>() { });
            @SuppressWarnings("unchecked")
            Map<String, Object> context = map.get("context") instanceof Map<?, ?> c ? (Map<String, Object>) c
                    : Map.of();
            return new StoredRequest(string(map.get("blueprint")), context);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored create request cannot be read: " + e.getMessage(), e);
        }
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString().strip();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }
}
