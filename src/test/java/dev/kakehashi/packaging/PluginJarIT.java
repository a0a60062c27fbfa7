package dev.kakehashi.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The jar {@code mvn package} builds is what an admin uploads: an OSGi bundle the host installs without
 * transformation, carrying neither the host API declarations nor the sandbox.
 */
public class PluginJarIT {
    private static JarFile jar;

    @BeforeClass
    public static void openJar() throws IOException {
        String path = System.getProperty("kakehashi.jar");
        assertNotNull("the kakehashi.jar system property names the built jar", path);
        jar = new JarFile(new File(path));
    }

    @AfterClass
    public static void closeJar() throws IOException {
        jar.close();
    }

    private static List<String> entries() {
        return jar.stream().map(ZipEntry::getName).toList();
    }

    private static String text(String entry) throws IOException {
        ZipEntry zipEntry = jar.getEntry(entry);
        assertNotNull(entry + " is in the jar", zipEntry);
        return new String(jar.getInputStream(zipEntry).readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    public void descriptorIsAtTheRootWithTheVersionFilledIn() throws IOException {
        String descriptor = text("atlassian-plugin.xml");
        assertTrue(descriptor.contains("key=\"dev.kakehashi.kakehashi\""));
        assertFalse("the build filled in the version", descriptor.contains("${project.version}"));
    }

    @Test
    public void manifestMakesATransformerlessPlugin() throws IOException {
        Attributes main = jar.getManifest().getMainAttributes();
        assertEquals("dev.kakehashi.kakehashi", main.getValue("Atlassian-Plugin-Key"));
        assertEquals("dev.kakehashi.kakehashi", main.getValue("Bundle-SymbolicName"));
        assertEquals("2", main.getValue("Bundle-ManifestVersion"));
        assertEquals("*", main.getValue("Spring-Context"));
        assertNotNull(main.getValue("Bundle-Version"));
    }

    @Test
    public void productPackagesAreOptionalImportsAndJavaIsNotImported() throws IOException {
        String imports = jar.getManifest().getMainAttributes().getValue("Import-Package");
        List<String> clauses = Arrays.asList(imports.split(",(?=[a-z])"));
        for (String clause : clauses) {
            if (clause.startsWith("com.atlassian.jira") || clause.startsWith("com.atlassian.confluence")
                    || clause.startsWith("com.atlassian.user")) {
                assertTrue(clause + " is optional", clause.contains("resolution:=optional"));
            }
            assertFalse(clause + " imports java.*", clause.startsWith("java."));
        }
        assertTrue(imports.contains("com.atlassian.activeobjects.external"));
        assertTrue(imports.contains("com.atlassian.sal.api.user"));
        assertTrue(imports.contains("net.java.ao"));
    }

    @Test
    public void noHostDeclarationsSandboxOrTestsAreShipped() {
        for (String entry : entries()) {
            assertFalse(entry, entry.startsWith("com/atlassian/"));
            assertFalse(entry, entry.startsWith("net/java/ao/"));
            assertFalse(entry, entry.contains("/sandbox/"));
            assertFalse(entry, entry.startsWith("dev/kakehashi/testing/"));
            assertFalse(entry, entry.endsWith("Test.class") || entry.endsWith("IT.class"));
        }
    }

    @Test
    public void wiringAndResourcesAreShipped() throws IOException {
        assertTrue(text("META-INF/spring/plugin-context.xml").contains("scan-indexes"));
        assertTrue(text("META-INF/plugin-components/component").contains("dev.kakehashi.admin.DepartmentService"));
        assertTrue(text("META-INF/plugin-components/component-jira").contains("JiraHostGroups"));
        assertTrue(text("META-INF/plugin-components/component-confluence").contains("ConfluenceHostGroups"));
        for (String resource : List.of("i18n/kakehashi.properties", "i18n/kakehashi_ja.properties",
                "templates/admin/admin.vm", "js/kakehashi-admin.js", "css/kakehashi-admin.css",
                "dev/kakehashi/configuration/web/AdminPageServlet.class")) {
            assertNotNull(resource, jar.getEntry(resource));
        }
    }
}
