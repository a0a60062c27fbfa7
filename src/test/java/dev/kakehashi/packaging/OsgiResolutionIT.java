package dev.kakehashi.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.BeforeClass;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The built jar resolves and starts in an OSGi framework (Apache Felix) that exports what Jira 11 or Confluence 10
 * exports to apps ({@code osgi/platform8-exports.txt}), and every class the host will ask for — named by the
 * descriptor or the component index files, or living in a package the product uses — loads through the bundle's
 * class loader, with the types of its fields, constructors and methods.
 */
public class OsgiResolutionIT {
    private static final Pattern IMPORT_CLAUSE = Pattern.compile("([\\w.]+)((?:;[^,\"]*(?:\"[^\"]*\")?)*)");
    private static File jar;
    private static PlatformExports platform;

    @BeforeClass
    public static void readJarAndExports() {
        String path = System.getProperty("kakehashi.jar");
        assertNotNull("the kakehashi.jar system property names the built jar", path);
        jar = new File(path);
        platform = PlatformExports.read();
    }

    @Test
    public void startsInJira() throws Exception {
        startsAndLoadsItsClasses("jira", platform.of("jira"));
    }

    @Test
    public void startsInConfluence() throws Exception {
        startsAndLoadsItsClasses("confluence", platform.of("confluence"));
    }

    @Test
    public void startsInJiraExportingJakartaWithoutVersions() throws Exception {
        startsAndLoadsItsClasses("jira", platform.of("jira").withUnversionedJakarta());
    }

    @Test
    public void startsInConfluenceExportingJakartaWithoutVersions() throws Exception {
        startsAndLoadsItsClasses("confluence", platform.of("confluence").withUnversionedJakarta());
    }

    /**
     * Whether Confluence 10 shows its task queues to apps is unknown: without them the jar still starts, and only the
     * one class that names them fails to load (the app then sends no emails and says so, ComponentIndexContractTest).
     */
    @Test
    public void startsInConfluenceThatHidesItsTaskQueues() throws Exception {
        List<String> problems = startsAndLoads("confluence", platform.of("confluence").without("com.atlassian.core.task"),
                jar);
        assertFalse(problems.isEmpty());
        for (String problem : problems) {
            assertTrue(problem, problem.startsWith("dev.kakehashi.notify.confluence.ConfluenceMailQueue$")
                    || problem.startsWith("dev.kakehashi.notify.confluence.ConfluenceMailQueue:"));
        }
    }

    @Test
    public void importsNoPackageWithAVersionRange() throws IOException {
        for (Import clause : imports(jar)) {
            assertFalse(clause.name() + " is imported with a version (" + clause.attributes() + "): a host exports "
                    + "the version of its own jar, so a range fails where that version differs",
                    clause.attributes().contains("version="));
        }
    }

    @Test
    public void everyMandatoryImportIsExportedByBothProducts() throws IOException {
        for (Import clause : imports(jar)) {
            // The framework's own API (org.osgi.*) is exported by every OSGi framework's system bundle, Felix's too.
            if (!clause.optional() && !clause.name().startsWith("org.osgi.")) {
                for (String product : List.of("jira", "confluence")) {
                    assertTrue(clause.name() + " is a mandatory import that " + product + " does not export (see "
                            + PlatformExports.FILE + "): make it optional or a product-only class",
                            platform.of(product).exports(clause.name()));
                }
            }
        }
    }

    /** The resolver of this test refuses what a host refuses: the range bnd once derived from Active Objects' SLF4J. */
    @Test
    public void aJarImportingSlf4jBelowTwoDoesNotResolveInJira() throws Exception {
        File old = withImport(jar, "org.slf4j", "org.slf4j;version=\"[1.7,2)\"");
        try (FelixHost host = FelixHost.start(platform.of("jira"))) {
            Bundle bundle = host.install(old);
            BundleException refused = startFails(bundle);
            assertTrue(refused.getMessage(), refused.getMessage().contains("osgi.wiring.package=org.slf4j"));
        } finally {
            Files.deleteIfExists(old.toPath());
        }
    }

    /** What bnd cannot see (a package named only in an index file or the descriptor) fails when the host loads it. */
    @Test
    public void aClassWhosePackageIsNotImportedFailsToLoad() throws Exception {
        File missing = withImport(jar, "com.atlassian.jira.issue.comments", null);
        try {
            String message = "";
            try {
                startsAndLoadsItsClasses("jira", platform.of("jira"), missing);
            } catch (AssertionError expected) {
                message = expected.getMessage();
            }
            assertTrue(message, message.contains("com/atlassian/jira/issue/comments/"));
        } finally {
            Files.deleteIfExists(missing.toPath());
        }
    }

    @Test
    public void aMissingMandatoryPackageFailsTheStart() throws Exception {
        try (FelixHost host = FelixHost.start(platform.of("confluence").without("com.atlassian.beehive"))) {
            BundleException refused = startFails(host.install(jar));
            assertTrue(refused.getMessage(), refused.getMessage().contains("osgi.wiring.package=com.atlassian.beehive"));
        }
    }

    private static BundleException startFails(Bundle bundle) {
        try {
            bundle.start();
        } catch (BundleException expected) {
            return expected;
        }
        fail("the bundle started");
        return null;
    }

    private static void startsAndLoadsItsClasses(String product, PlatformExports exports) throws Exception {
        startsAndLoadsItsClasses(product, exports, jar);
    }

    private static void startsAndLoadsItsClasses(String product, PlatformExports exports, File jar) throws Exception {
        List<String> problems = startsAndLoads(product, exports, jar);
        assertTrue(product + ": classes that do not load through the bundle:\n" + String.join("\n", problems),
                problems.isEmpty());
    }

    /** Starts the jar and loads what the host loads; the classes that do not load, with why. */
    private static List<String> startsAndLoads(String product, PlatformExports exports, File jar) throws Exception {
        try (FelixHost host = FelixHost.start(exports)) {
            Bundle bundle = host.install(jar);
            bundle.start();
            assertEquals(product + ": the bundle is active", Bundle.ACTIVE, bundle.getState());
            assertOnlyTheOtherProductIsUnwired(product, bundle, jar, exports);
            List<String> problems = new ArrayList<>();
            for (String name : classesTheHostLoads(product, jar)) {
                String problem = load(bundle, name);
                if (problem != null) {
                    problems.add(name + ": " + problem);
                }
            }
            return problems;
        }
    }

    /**
     * An optional import left unwired in a product must belong to the other product, or be one this host does not
     * export at all (then the classes that need it do not load, which the caller checks).
     */
    private static void assertOnlyTheOtherProductIsUnwired(String product, Bundle bundle, File jar,
                                                           PlatformExports exports) throws IOException {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        Set<String> wired = new TreeSet<>();
        for (BundleWire wire : wiring.getRequiredWires(BundleRevision.PACKAGE_NAMESPACE)) {
            wired.add((String) wire.getCapability().getAttributes().get(BundleRevision.PACKAGE_NAMESPACE));
        }
        for (Import clause : imports(jar)) {
            if (!wired.contains(clause.name())) {
                assertTrue(product + " leaves " + clause.name() + " unwired, which is not the other product's",
                        otherProductPackage(product, clause.name()) || !exports.exports(clause.name()));
            }
        }
    }

    private static boolean otherProductPackage(String product, String packageName) {
        List<String> jiraOnly = List.of("com.atlassian.jira", "com.atlassian.query");
        List<String> confluenceOnly = List.of("com.atlassian.confluence", "com.atlassian.user", "com.atlassian.crowd",
                "com.atlassian.core.task");
        List<String> other = product.equals("jira") ? confluenceOnly : jiraOnly;
        return other.stream().anyMatch(p -> packageName.equals(p) || packageName.startsWith(p + "."));
    }

    /**
     * The classes the host loads in this product: those the descriptor names in modules of the product or of both,
     * the index files' components, imports and exports, the REST packages, and every class in a package that is not
     * the other product's ({@code …jira…} / {@code …confluence…} segments).
     */
    private static Set<String> classesTheHostLoads(String product, File jar) throws Exception {
        Set<String> names = new TreeSet<>();
        String other = product.equals("jira") ? "confluence" : "jira";
        try (JarFile file = new JarFile(jar)) {
            Document descriptor;
            try (InputStream in = file.getInputStream(file.getEntry("atlassian-plugin.xml"))) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                descriptor = factory.newDocumentBuilder().parse(in);
            }
            List<String> restPackages = new ArrayList<>();
            for (Node n = descriptor.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element module) {
                    String application = module.getAttribute("application");
                    if (application.isEmpty() || application.equals(product)) {
                        collectClasses(module, names, restPackages);
                    }
                }
            }
            for (String index : List.of("component", "imports", "exports")) {
                for (String suffix : List.of("", "-" + product)) {
                    JarEntry entry = file.getJarEntry("META-INF/plugin-components/" + index + suffix);
                    if (entry != null) {
                        try (InputStream in = file.getInputStream(entry)) {
                            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                                    .map(l -> l.contains("#") ? l.substring(0, l.indexOf('#')) : l)
                                    .forEach(names::add);
                        }
                    }
                }
            }
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName();
                if (!entry.endsWith(".class")) {
                    continue;
                }
                String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                String packageName = name.substring(0, name.lastIndexOf('.'));
                if (restPackages.contains(packageName) || !List.of(packageName.split("\\.")).contains(other)) {
                    names.add(name);
                }
            }
        }
        assertFalse(names.isEmpty());
        return names;
    }

    private static void collectClasses(Element element, Set<String> names, List<String> restPackages) {
        if (element.hasAttribute("class")) {
            names.add(element.getAttribute("class"));
        }
        String tag = element.getTagName();
        if (tag.equals("entity") || tag.equals("upgradeTask")) {
            names.add(element.getTextContent().strip());
        }
        if (tag.equals("package")) {
            restPackages.add(element.getTextContent().strip());
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collectClasses(child, names, restPackages);
            }
        }
    }

    /** Loads and initialises a class through the bundle and resolves its members' types; null when all is well. */
    private static String load(Bundle bundle, String name) {
        try {
            Class<?> type = bundle.loadClass(name);
            Class.forName(name, !type.isInterface() || !Modifier.isAbstract(type.getModifiers()),
                    type.getClassLoader());
            type.getDeclaredFields();
            type.getDeclaredConstructors();
            type.getDeclaredMethods();
            type.getGenericInterfaces();
            type.getGenericSuperclass();
            return null;
        } catch (ClassNotFoundException | LinkageError | TypeNotPresentException e) {
            return e.toString();
        }
    }

    record Import(String name, String attributes) {
        boolean optional() {
            return attributes.contains("resolution:=optional") || attributes.contains("resolution:=\"optional\"");
        }
    }

    private static List<Import> imports(File bundle) throws IOException {
        try (JarFile file = new JarFile(bundle)) {
            String header = file.getManifest().getMainAttributes().getValue("Import-Package");
            List<Import> imports = new ArrayList<>();
            Matcher m = IMPORT_CLAUSE.matcher(header);
            while (m.find()) {
                imports.add(new Import(m.group(1), m.group(2)));
                if (m.end() < header.length() && header.charAt(m.end()) != ',') {
                    throw new IllegalStateException("Cannot read Import-Package after " + m.group());
                }
            }
            return imports;
        }
    }

    /** A copy of the jar whose Import-Package clause for one package is replaced (null: left out). */
    private static File withImport(File bundle, String packageName, String clause) throws IOException {
        Path copy = Files.createTempFile("kakehashi-import", ".jar");
        try (JarFile in = new JarFile(bundle)) {
            Manifest manifest = new Manifest(in.getManifest());
            Attributes main = manifest.getMainAttributes();
            List<String> clauses = new ArrayList<>();
            boolean replaced = false;
            for (Import i : imports(bundle)) {
                if (i.name().equals(packageName)) {
                    if (clause != null) {
                        clauses.add(clause);
                    }
                    replaced = true;
                } else {
                    clauses.add(i.name() + i.attributes());
                }
            }
            assertTrue("the jar imports " + packageName, replaced);
            main.putValue("Import-Package", String.join(",", clauses));
            try (OutputStream out = Files.newOutputStream(copy); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
                Enumeration<JarEntry> entries = in.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().equals(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    jarOut.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream content = in.getInputStream(entry)) {
                        content.transferTo(jarOut);
                    }
                    jarOut.closeEntry();
                }
            }
        }
        return copy.toFile();
    }
}
