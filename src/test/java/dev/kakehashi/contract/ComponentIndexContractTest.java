package dev.kakehashi.contract;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;

import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.plugin.EnabledPlugin;
import dev.kakehashi.testing.ProjectFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * The component index files are what the host's Spring Scanner runtime wires: Spring must build every component in
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
    public void everyComponentAndModuleClassIsBuiltBySpringInJira() {
        buildWithSpring(Product.JIRA);
    }

    @Test
    public void everyComponentAndModuleClassIsBuiltBySpringInConfluence() {
        buildWithSpring(Product.CONFLUENCE);
    }

    @Test
    public void sharedComponentsUseNoProductOnlyType() {
        for (String name : ProjectFiles.indexLines("component")) {
            for (java.lang.reflect.Constructor<?> constructor : load(name).getDeclaredConstructors()) {
                for (Class<?> parameter : constructor.getParameterTypes()) {
                    String type = parameter.getName();
                    assertFalse(name + " needs the product type " + type,
                            type.startsWith("com.atlassian.jira.") || type.startsWith("com.atlassian.confluence."));
                }
            }
        }
    }

    @Test
    public void exportsNameComponentsOfTheirProduct() {
        for (String product : List.of("jira", "confluence")) {
            List<String> components = new ArrayList<>(ProjectFiles.indexLines("component"));
            components.addAll(ProjectFiles.indexLines("component-" + product));
            for (String file : List.of("exports", "exports-" + product)) {
                for (String name : ProjectFiles.indexLines(file)) {
                    assertTrue(file + " exports " + name + ", which is no component in " + product,
                            components.contains(name));
                }
            }
        }
    }

    /**
     * Whether Confluence 10 offers its task queues ({@code com.atlassian.core.task}) to apps is unknown: with the
     * service published and its package visible, emails go out; with the package hidden, or the service not
     * published, the app still starts in Confluence, with emails off.
     */
    @Test
    public void confluenceStartsWithEmailsOffWithoutItsTaskQueues() throws Exception {
        Map<Class<?>, Object> services = new HashMap<>();
        for (String file : List.of("imports", "imports-confluence")) {
            for (String name : ProjectFiles.indexLines(file)) {
                services.put(load(name), mock(load(name)));
            }
        }
        try (EnabledPlugin plugin = EnabledPlugin.start(ComponentIndexContractTest.class.getClassLoader(),
                Product.CONFLUENCE, services)) {
            assertFalse("no task queues published", plugin.bean(dev.kakehashi.notify.Outbox.class).available());
        }
        services.put(com.atlassian.core.task.MultiQueueTaskManager.class,
                mock(com.atlassian.core.task.MultiQueueTaskManager.class));
        try (EnabledPlugin plugin = EnabledPlugin.start(ComponentIndexContractTest.class.getClassLoader(),
                Product.CONFLUENCE, services)) {
            assertTrue("task queues published", plugin.bean(dev.kakehashi.notify.Outbox.class).available());
        }
        ClassLoader hiding = new HidingLoader(ComponentIndexContractTest.class.getClassLoader(),
                "com.atlassian.core.task.");
        try (EnabledPlugin plugin = EnabledPlugin.start(hiding, Product.CONFLUENCE, services)) {
            Object outbox = plugin.beanNamed("confluenceMailQueueOutbox");
            assertEquals(hiding, outbox.getClass().getClassLoader());
            assertEquals("published, but its package hidden", Boolean.FALSE,
                    outbox.getClass().getMethod("available").invoke(outbox));
        }
    }

    /** The plugin's classes defined anew, seeing the host's packages except those hidden, as a bundle would. */
    private static final class HidingLoader extends ClassLoader {
        private final String hidden;

        HidingLoader(ClassLoader parent, String hidden) {
            super(parent);
            this.hidden = hidden;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.startsWith(hidden)) {
                    throw new ClassNotFoundException(name + " is not exported to the plugin");
                }
                boolean plugin = name.startsWith("dev.kakehashi.") && !name.startsWith("dev.kakehashi.sandbox.")
                        && !name.startsWith("dev.kakehashi.testing.");
                if (!plugin) {
                    return super.loadClass(name, resolve);
                }
                Class<?> type = findLoadedClass(name);
                if (type == null) {
                    try (java.io.InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        type = defineClass(name, bytes, 0, bytes.length);
                    } catch (java.io.IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                return type;
            }
        }
    }

    /**
     * The plugin's context as the host's Spring makes it from the shipped files, with each imported service a mock:
     * every component is built (a constructor Spring cannot choose, a missing or an ambiguous bean fails), then every
     * module class of the product is created as the host creates it.
     */
    private static void buildWithSpring(Product product) {
        Map<Class<?>, Object> services = new HashMap<>();
        for (String file : List.of("imports", "imports-" + product.key())) {
            for (String name : ProjectFiles.indexLines(file)) {
                services.put(load(name), mock(load(name)));
            }
        }
        try (EnabledPlugin plugin = EnabledPlugin.start(ComponentIndexContractTest.class.getClassLoader(), product,
                services)) {
            for (String name : moduleClasses(product.key())) {
                assertNotNull(name, plugin.autowire(name, "a module of " + product.key()));
            }
            assertFalse("LifecycleAware services are exported in " + product.key(), plugin.lifecycleAware().isEmpty());
        }
    }

    /** Classes the host builds for modules of this product (servlets, panels, macros, JQL functions, templates' context
     * providers, REST resources and providers), autowired too. */
    private static List<String> moduleClasses(String product) {
        org.w3c.dom.Document descriptor = ProjectFiles.descriptor();
        List<String> classes = new ArrayList<>();
        for (String module : List.of("servlet", "web-panel", "web-item", "xhtml-macro", "jql-function",
                "content-template")) {
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
}
