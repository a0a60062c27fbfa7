package dev.kakehashi.contract;

import static dev.kakehashi.testing.ProjectFiles.children;
import static dev.kakehashi.testing.ProjectFiles.elements;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.collaboration.RequestProperty;
import dev.kakehashi.testing.ProjectFiles;
import jakarta.servlet.http.HttpServlet;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.RawEntity;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What the host checks when it installs the plugin, checked at build time: every class the descriptor names exists
 * and is what its module needs, REST methods carry access annotations and take JSON only, and the allowlist names
 * real methods.
 */
public class DescriptorContractTest {
    private static final String ACCESS_PACKAGE = "com.atlassian.plugins.rest.api.security.annotation";
    private final Document descriptor = ProjectFiles.descriptor();

    private static Class<?> load(String name) {
        try {
            return Class.forName(name.trim());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the descriptor names a class that does not exist: " + name, e);
        }
    }

    @Test
    public void pluginKeyAndDataCenterParamsAreSet() {
        Element root = descriptor.getDocumentElement();
        assertEquals("dev.kakehashi.kakehashi", root.getAttribute("key"));
        assertEquals("2", root.getAttribute("plugins-version"));
        Set<String> params = elements(descriptor, "param").stream()
                .map(p -> p.getAttribute("name") + "=" + p.getTextContent().trim()).collect(Collectors.toSet());
        assertTrue(params.contains("atlassian-data-center-status=compatible"));
        assertTrue(params.contains("atlassian-data-center-compatible=true"));
    }

    @Test
    public void activeObjectsHasAFixedNamespaceAndRealEntities() {
        Element ao = elements(descriptor, "ao").get(0);
        assertEquals("dev.kakehashi", ao.getAttribute("namespace"));
        List<Element> entities = children(ao, "entity");
        assertFalse(entities.isEmpty());
        for (Element entity : entities) {
            Class<?> type = load(entity.getTextContent());
            assertTrue(type + " is an AO entity", type.isInterface() && RawEntity.class.isAssignableFrom(type));
        }
    }

    @Test
    public void servletsAreJakartaServlets() {
        for (Element servlet : elements(descriptor, "servlet")) {
            Class<?> type = load(servlet.getAttribute("class"));
            assertTrue(type + " extends jakarta HttpServlet", HttpServlet.class.isAssignableFrom(type));
            assertFalse(children(servlet, "url-pattern").isEmpty());
        }
    }

    @Test
    public void productOnlyModulesNameAKnownProduct() {
        for (Element element : elements(descriptor, "*")) {
            if (element.hasAttribute("application")) {
                assertTrue(element.getAttribute("key"),
                        Set.of("jira", "confluence").contains(element.getAttribute("application")));
            }
        }
    }

    @Test
    public void restModuleIsVersionTwo() {
        assertEquals(1, elements(descriptor, "rest-v2").size());
        Element rest = elements(descriptor, "rest").get(0);
        assertEquals("/kakehashi", rest.getAttribute("path"));
        assertEquals("1.0", rest.getAttribute("version"));
    }

    @Test
    public void everyRestMethodHasAnAccessAnnotationAndChangesTakeJsonOnly() throws Exception {
        List<Class<?>> resources = restResources();
        assertFalse("the REST packages hold resources", resources.isEmpty());
        for (Class<?> resource : resources) {
            boolean classLevel = hasAccessAnnotation(resource.getAnnotations());
            for (Method method : resource.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || !isResourceMethod(method)) {
                    continue;
                }
                String name = resource.getSimpleName() + "#" + method.getName();
                assertTrue(name + " has an access annotation", classLevel || hasAccessAnnotation(method.getAnnotations()));
                if (method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                        || method.isAnnotationPresent(DELETE.class)) {
                    Consumes consumes = method.getAnnotation(Consumes.class);
                    if (consumes == null) {
                        consumes = resource.getAnnotation(Consumes.class);
                    }
                    assertNotNull(name + " declares what it consumes", consumes);
                    assertEquals(name + " consumes JSON only", List.of(MediaType.APPLICATION_JSON),
                            Arrays.asList(consumes.value()));
                }
            }
        }
    }

    private static boolean isResourceMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class));
    }

    private static boolean hasAccessAnnotation(Annotation[] annotations) {
        return Arrays.stream(annotations).anyMatch(a -> a.annotationType().getPackageName().equals(ACCESS_PACKAGE));
    }

    private List<Class<?>> restResources() throws Exception {
        List<Class<?>> resources = new ArrayList<>();
        for (Element pkg : elements(descriptor, "package")) {
            java.nio.file.Path folder = ProjectFiles.MAIN_JAVA.resolve(pkg.getTextContent().trim().replace('.', '/'));
            assertTrue("REST package exists: " + folder, Files.isDirectory(folder));
            for (java.nio.file.Path source : ProjectFiles.files(folder, ".java")) {
                if (!source.getParent().equals(folder)) {
                    continue;
                }
                String name = pkg.getTextContent().trim() + "." + source.getFileName().toString().replace(".java", "");
                Class<?> type = load(name);
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            }
        }
        return resources;
    }

    @Test
    public void velocityAllowlistNamesRealPublicMethods() {
        List<Element> methods = elements(descriptor, "method");
        assertFalse(methods.isEmpty());
        for (Element entry : methods) {
            String text = entry.getTextContent().trim();
            int hash = text.indexOf('#');
            int open = text.indexOf('(');
            Class<?> type = load(text.substring(0, hash));
            String name = text.substring(hash + 1, open);
            String params = text.substring(open + 1, text.length() - 1).trim();
            Class<?>[] types = params.isEmpty() ? new Class<?>[0]
                    : Arrays.stream(params.split(",")).map(DescriptorContractTest::load).toArray(Class<?>[]::new);
            try {
                Method method = type.getMethod(name, types);
                assertTrue(text + " is public", Modifier.isPublic(method.getModifiers()));
            } catch (NoSuchMethodException e) {
                throw new AssertionError("allowlisted method does not exist: " + text, e);
            }
        }
    }

    @Test
    public void webItemsLinkToAServletOfThePluginOrOpenOneOfItsBlueprints() {
        Set<String> patterns = elements(descriptor, "url-pattern").stream()
                .map(p -> "/plugins/servlet" + p.getTextContent().trim()).collect(Collectors.toSet());
        Set<String> blueprints = elements(descriptor, "blueprint").stream().map(b -> b.getAttribute("key"))
                .collect(Collectors.toSet());
        int createItems = 0;
        for (Element item : elements(descriptor, "web-item")) {
            if (item.getAttribute("section").equals("system.create.dialog/content")) {
                createItems++;
                String blueprint = children(item, "param").stream().filter(p -> p.getAttribute("name")
                        .equals("blueprintKey")).map(p -> p.getAttribute("value")).findFirst().orElse("");
                assertTrue(item.getAttribute("key") + " opens a blueprint of the plugin", blueprints.contains(blueprint));
                continue;
            }
            String link = children(item, "link").get(0).getTextContent().trim();
            assertTrue(link + " is served", patterns.contains(link));
        }
        assertEquals("one Create dialog item per blueprint", blueprints.size(), createItems);
    }

    @Test
    public void theRequestPropertyIsIndexedWithTheTypesOfItsValues() {
        List<Element> configurations = elements(descriptor, "index-document-configuration");
        assertEquals(1, configurations.size());
        Element configuration = configurations.get(0);
        assertEquals("IssueProperty", configuration.getAttribute("entity-key"));
        assertEquals("jira", configuration.getAttribute("application"));
        assertFalse(configuration.getAttribute("key").isBlank());
        List<Element> keys = children(configuration, "key");
        assertEquals(1, keys.size());
        assertEquals(RequestProperty.KEY, keys.get(0).getAttribute("property-key"));

        Map<String, Object> fields = new RequestProperty(3, "sales", "development", LocalDate.of(2026, 12, 1)).fields();
        Map<String, String> types = new LinkedHashMap<>();
        for (Element extract : children(keys.get(0), "extract")) {
            types.put(extract.getAttribute("path"), extract.getAttribute("type"));
        }
        assertEquals("every value of the property is indexed, nothing else", fields.keySet(), types.keySet());
        for (Map.Entry<String, String> type : types.entrySet()) {
            Object value = fields.get(type.getKey());
            switch (type.getValue()) {
                case "number" -> assertTrue(type.getKey() + " is a JSON number", value instanceof Number);
                case "string", "text" -> assertTrue(type.getKey() + " is a JSON string", value instanceof String);
                case "date" -> LocalDate.parse((String) value);
                default -> throw new AssertionError(type.getKey() + ": Jira indexes number, string, text or date, not "
                        + type.getValue());
            }
        }
    }

    @Test
    public void downloadResourcesExist() {
        for (Element resource : elements(descriptor, "resource")) {
            if ("download".equals(resource.getAttribute("type"))) {
                assertTrue(resource.getAttribute("location"),
                        Files.exists(ProjectFiles.RESOURCES.resolve(resource.getAttribute("location"))));
            }
        }
    }
}
