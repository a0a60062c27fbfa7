package dev.kakehashi.contract;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.ProjectFiles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * The component index files are what the host's Spring Scanner runtime wires: every component must be buildable in
 * each product from that product's imports and components alone, so that one jar starts in Jira and in Confluence.
 */
public class ComponentIndexContractTest {

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("an index file names a missing class: " + name, e);
        }
    }

    @Test
    public void springContextOnlyScansTheIndexes() {
        String xml = ProjectFiles.read(ProjectFiles.RESOURCES.resolve("META-INF/spring/plugin-context.xml"));
        assertTrue(xml.contains("http://www.atlassian.com/schema/atlassian-scanner/2"));
        assertTrue(xml.contains("<atlassian-scanner:scan-indexes/>"));
        assertFalse("no hand-declared beans", xml.contains("<bean "));
    }

    @Test
    public void indexFilesHaveOneClassPerLineAndNoBlankLines() {
        for (String file : List.of("component", "component-jira", "component-confluence", "imports", "imports-jira",
                "imports-confluence")) {
            for (String line : ProjectFiles.indexLines(file)) {
                assertTrue(file + " has a bad line: '" + line + "'", line.matches("[a-zA-Z_][\\w.$]*"));
            }
        }
    }

    @Test
    public void importsAreInterfacesOfTheHost() {
        for (String file : List.of("imports", "imports-jira", "imports-confluence")) {
            for (String name : ProjectFiles.indexLines(file)) {
                Class<?> type = load(name);
                assertTrue(name + " is an interface", type.isInterface());
                assertTrue(name + " belongs to the host", name.startsWith("com.atlassian."));
            }
        }
    }

    @Test
    public void everyComponentCanBeBuiltInJira() {
        checkProduct("jira");
    }

    @Test
    public void everyComponentCanBeBuiltInConfluence() {
        checkProduct("confluence");
    }

    @Test
    public void sharedComponentsUseNoProductOnlyType() {
        for (String name : ProjectFiles.indexLines("component")) {
            for (Class<?> parameter : constructor(load(name)).getParameterTypes()) {
                String type = parameter.getName();
                assertFalse(name + " needs the product type " + type,
                        type.startsWith("com.atlassian.jira.") || type.startsWith("com.atlassian.confluence."));
            }
        }
    }

    private static void checkProduct(String product) {
        List<Class<?>> available = new ArrayList<>();
        for (String file : List.of("imports", "imports-" + product, "component", "component-" + product)) {
            ProjectFiles.indexLines(file).stream().map(ComponentIndexContractTest::load).forEach(available::add);
        }
        List<String> built = new ArrayList<>(ProjectFiles.indexLines("component"));
        built.addAll(ProjectFiles.indexLines("component-" + product));
        built.addAll(moduleClasses(product));
        for (String name : built) {
            Class<?> component = load(name);
            assertFalse(name + " is concrete", component.isInterface() || Modifier.isAbstract(component.getModifiers()));
            for (Class<?> parameter : constructor(component).getParameterTypes()) {
                long candidates = available.stream().filter(parameter::isAssignableFrom).count();
                assertEquals(name + " needs exactly one " + parameter.getName() + " in " + product, 1, candidates);
            }
        }
    }

    /** Classes the host builds for modules of this product (servlets, REST resources and providers), autowired too. */
    private static List<String> moduleClasses(String product) {
        org.w3c.dom.Document descriptor = ProjectFiles.descriptor();
        List<String> classes = new ArrayList<>();
        for (String module : List.of("servlet", "web-panel", "web-item", "xhtml-macro")) {
            for (org.w3c.dom.Element element : ProjectFiles.elements(descriptor, module)) {
                String application = element.getAttribute("application");
                if (!application.isEmpty() && !application.equals(product)) {
                    continue;
                }
                if (element.hasAttribute("class")) {
                    classes.add(element.getAttribute("class"));
                }
                for (String child : List.of("context-provider", "condition")) {
                    org.w3c.dom.NodeList nested = element.getElementsByTagName(child);
                    for (int i = 0; i < nested.getLength(); i++) {
                        classes.add(((org.w3c.dom.Element) nested.item(i)).getAttribute("class"));
                    }
                }
            }
        }
        for (org.w3c.dom.Element pkg : ProjectFiles.elements(descriptor, "package")) {
            String name = pkg.getTextContent().trim();
            java.nio.file.Path folder = ProjectFiles.MAIN_JAVA.resolve(name.replace('.', '/'));
            for (java.nio.file.Path source : ProjectFiles.files(folder, ".java")) {
                Class<?> type = load(name + "." + source.getFileName().toString().replace(".java", ""));
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)
                        || type.isAnnotationPresent(jakarta.ws.rs.ext.Provider.class)) {
                    classes.add(type.getName());
                }
            }
        }
        assertFalse(classes.isEmpty());
        return classes;
    }

    private static Constructor<?> constructor(Class<?> component) {
        Constructor<?>[] constructors = component.getConstructors();
        assertEquals(component + " has one public constructor", 1, constructors.length);
        return constructors[0];
    }
}
