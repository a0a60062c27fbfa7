package dev.kakehashi.contract;

import static dev.kakehashi.testing.ProjectFiles.children;
import static dev.kakehashi.testing.ProjectFiles.elements;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import dev.kakehashi.knowledge.KnowledgeKind;
import dev.kakehashi.knowledge.LinkedRequest;
import dev.kakehashi.knowledge.PageContent;
import dev.kakehashi.knowledge.PageDraft;
import dev.kakehashi.testing.ProjectFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The blueprints — the three knowledge-sharing kinds and the community page — hold together as Confluence's
 * create-content plugin reads them: each blueprint names templates that exist, each template is well-formed storage
 * format under the host's 10 KB cap whose texts exist in both languages and whose variables its context provider
 * fills, raw variables carry only fragments the app builds, index keys are the kinds' labels, and every wizard page
 * has its template function and registration in a wizard script.
 */
public class BlueprintContractTest {
    private static final String AT = "http://atlassian.com/template";
    private static final int TEMPLATE_MAX_BYTES = 10_240;
    private final Document descriptor = ProjectFiles.descriptor();
    private final String wizardScript = ProjectFiles.read(ProjectFiles.RESOURCES.resolve("js/kakehashi-blueprints.js"));
    private final String communityScript = ProjectFiles.read(ProjectFiles.RESOURCES.resolve(
            "js/kakehashi-community-blueprint.js"));
    /** The community page blueprint, the one that is not a knowledge kind. */
    private static final String COMMUNITY = "community-page";
    private static final int BLUEPRINTS = KnowledgeKind.values().length + 1;

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(ProjectFiles.RESOURCES.resolve("i18n/" + name))) {
            p.load(in);
        }
        return p;
    }

    private Element contentTemplate(String key) {
        return elements(descriptor, "content-template").stream().filter(t -> t.getAttribute("key").equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no <content-template key=\"" + key + "\">"));
    }

    private static String templateLocation(Element contentTemplate) {
        return children(contentTemplate, "resource").stream().filter(r -> r.getAttribute("name").equals("template"))
                .map(r -> r.getAttribute("location")).findFirst().orElseThrow();
    }

    private static Document storage(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        String xml = "<root xmlns:ac=\"http://atlassian.com/content\" xmlns:ri=\"http://atlassian.com/resource/identifier\""
                + " xmlns:at=\"" + AT + "\">" + Files.readString(file, StandardCharsets.UTF_8) + "</root>";
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    public void everyBlueprintNamesItsTemplatesItsKindsLabelAndAnEditorResult() {
        List<Element> blueprints = elements(descriptor, "blueprint");
        assertEquals(BLUEPRINTS, blueprints.size());
        Set<String> labels = new HashSet<>();
        for (Element blueprint : blueprints) {
            String key = blueprint.getAttribute("key");
            String name = key.replace("-blueprint", "");
            String label = name.equals(COMMUNITY) ? "kakehashi-" + COMMUNITY : KnowledgeKind.byKey(name)
                    .orElseThrow(() -> new AssertionError(key + " is named after a kind")).label();
            assertEquals(key, label, blueprint.getAttribute("index-key"));
            assertTrue(labels.add(blueprint.getAttribute("index-key")));
            assertEquals(key + " opens the editor (placeholders need it)", "edit", blueprint.getAttribute("create-result"));
            contentTemplate(blueprint.getAttribute("content-template-key"));
            contentTemplate(blueprint.getAttribute("index-template-key"));
            assertEquals("confluence", blueprint.getAttribute("application"));
        }
    }

    @Test
    public void everyContentProviderExtendsTheBlueprintProviderAndNamesItsKind() throws Exception {
        int providers = 0;
        for (Element template : elements(descriptor, "content-template")) {
            for (Element provider : children(template, "context-provider")) {
                providers++;
                Class<?> type = Class.forName(provider.getAttribute("class"));
                assertTrue(type + " extends AbstractBlueprintContextProvider",
                        AbstractBlueprintContextProvider.class.isAssignableFrom(type));
                String kind = children(provider, "param").stream().filter(p -> p.getAttribute("name").equals("kind"))
                        .map(p -> p.getAttribute("value")).findFirst()
                        .orElse(type == dev.kakehashi.community.confluence.CommunityBlueprintContextProvider.class
                                ? COMMUNITY : "");
                assertEquals(template.getAttribute("key"), kind + "-template", template.getAttribute("key"));
            }
        }
        assertEquals(BLUEPRINTS, providers);
    }

    @Test
    public void everyTemplateIsSmallWellFormedStorageFormatWithKnownTextsAndVariables() throws Exception {
        Properties en = bundle("kakehashi.properties");
        Properties ja = bundle("kakehashi_ja.properties");
        Set<String> filled = new HashSet<>();
        for (java.lang.reflect.Field field : PageContent.class.getFields()) {
            if (field.getType() == String.class && !field.getName().equals("THANKS_MACRO")) {
                filled.add((String) field.get(null));
            }
        }
        filled.add(dev.kakehashi.community.confluence.CommunityBlueprintContextProvider.KEY_VARIABLE);
        filled.add(dev.kakehashi.community.confluence.CommunityBlueprintContextProvider.PURPOSE_VARIABLE);
        filled.add(dev.kakehashi.community.confluence.CommunityBlueprintContextProvider.THEMES_VARIABLE);
        List<Element> templates = elements(descriptor, "content-template");
        assertEquals(2 * BLUEPRINTS, templates.size());
        for (Element template : templates) {
            Path file = ProjectFiles.RESOURCES.resolve(templateLocation(template));
            assertTrue(file + " is under the host's cap", Files.size(file) < TEMPLATE_MAX_BYTES);
            Document document = storage(file);
            NodeList texts = document.getElementsByTagNameNS(AT, "i18n");
            for (int i = 0; i < texts.getLength(); i++) {
                String key = ((Element) texts.item(i)).getAttributeNS(AT, "key");
                assertTrue(file + ": " + key + " (en)", en.containsKey(key));
                assertTrue(file + ": " + key + " (ja)", ja.containsKey(key));
            }
            NodeList variables = document.getElementsByTagNameNS(AT, "var");
            for (int i = 0; i < variables.getLength(); i++) {
                Element variable = (Element) variables.item(i);
                String name = variable.getAttributeNS(AT, "name");
                assertTrue(file + ": the provider fills " + name, filled.contains(name));
                boolean raw = "true".equals(variable.getAttributeNS(AT, "rawxhtml"));
                assertEquals(file + ": " + name + " is raw exactly when it is a fragment the app builds",
                        name.endsWith("Xhtml"), raw);
            }
            assertEquals(file + " declares no form variables", 0,
                    document.getElementsByTagNameNS(AT, "declarations").getLength());
        }
    }

    @Test
    public void everyTextAKindLooksUpExistsInBothLanguages() throws Exception {
        Properties en = bundle("kakehashi.properties");
        Properties ja = bundle("kakehashi_ja.properties");
        Set<String> wanted = new TreeSet<>();
        for (KnowledgeKind kind : KnowledgeKind.values()) {
            for (String part : List.of("name", "description", "index.title", "index.intro", "wizard.title",
                    "wizard.header", "wizard.content", "log.column.date", "log.column.summary", "log.empty", "log.create")) {
                wanted.add("kakehashi.knowledge." + kind.textKey() + "." + part);
            }
            List<String> asked = new ArrayList<>();
            PageDraft draft = new PageDraft(kind, "t", List.of("sales"), "COLLAB-1", "", LocalDate.of(2026, 12, 4));
            LinkedRequest.Person nobody = new LinkedRequest.Person("", "");
            for (LinkedRequest request : java.util.Arrays.asList(null, new LinkedRequest("COLLAB-1", "s", "", "sales",
                    "development", "", new LinkedRequest.Person("tanaka", "田中"), nobody, nobody))) {
                new PageContent(draft, request, null, k -> k, k -> {
                    asked.add(k);
                    return k;
                }).variables();
                new PageContent(new PageDraft(kind, "t", List.of(), null, "", LocalDate.of(2026, 12, 4)), request,
                        null, k -> k, k -> {
                    asked.add(k);
                    return k;
                }).variables();
            }
            wanted.addAll(asked);
        }
        Set<String> missing = new TreeSet<>();
        for (String key : wanted) {
            if (!en.containsKey(key) || !ja.containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    public void everyWizardPageHasItsTemplateFunctionAndRegistration() {
        int pages = 0;
        for (Element item : elements(descriptor, "web-item")) {
            if (item.getAttribute("section").equals("system.create.dialog/content")) {
                assertTrue(item.getAttribute("key") + " is registered with setWizard",
                        wizardScript.contains("item: '" + item.getAttribute("key") + "'")
                                || communityScript.contains("ITEM = '" + item.getAttribute("key") + "'"));
                assertFalse(item.getAttribute("key") + " has an icon", children(item, "resource").isEmpty());
            }
        }
        for (Element page : elements(descriptor, "dialog-page")) {
            pages++;
            String templateKey = page.getAttribute("template-key");
            assertTrue(templateKey, templateKey.startsWith("Kakehashi.Blueprints."));
            String function = templateKey.substring("Kakehashi.Blueprints.".length());
            Pattern defined = Pattern.compile("\\bB\\." + Pattern.quote(function) + " = function");
            assertTrue(templateKey + " is defined", defined.matcher(wizardScript).find()
                    || defined.matcher(communityScript).find());
            assertTrue(page.getAttribute("id") + " has its hooks",
                    wizardScript.contains("page: '" + page.getAttribute("id") + "'")
                            || communityScript.contains("PAGE = '" + page.getAttribute("id") + "'"));
        }
        assertEquals(BLUEPRINTS, pages);
        for (KnowledgeKind kind : KnowledgeKind.values()) {
            assertTrue(kind + " asks the wizard for its departments", wizardScript.contains("kind: '" + kind.key()
                    + "', minDepartments: " + kind.minDepartments() + ","));
        }
    }

    @Test
    public void theWizardScriptSendsEveryFieldTheServerReads() throws Exception {
        int fields = 0;
        for (java.lang.reflect.Field field : dev.kakehashi.knowledge.WizardFields.class.getFields()) {
            String name = (String) field.get(null);
            if (!name.equals(dev.kakehashi.knowledge.WizardFields.LABELS)) {
                fields++;
                assertTrue("the wizard sends " + name, wizardScript.contains("data." + name + " = "));
            }
        }
        assertEquals(8, fields);
    }
}
