package dev.kakehashi.contract;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.ProjectFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The English and Japanese bundles: the same keys, ASCII files, one key prefix, no HTML, valid message formats, and
 * every key the code, templates, scripts, blueprint templates and descriptor use present in both.
 */
public class I18nContractTest {
    private static final Path EN = ProjectFiles.RESOURCES.resolve("i18n/kakehashi.properties");
    private static final Path JA = ProjectFiles.RESOURCES.resolve("i18n/kakehashi_ja.properties");
    /** Confluence's macro browser reads {@code <plugin key>.<macro name>.label} and friends; it chooses this prefix. */
    private static final String MACRO_BROWSER_PREFIX = "dev.kakehashi.kakehashi.";
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("[\"'](kakehashi\\.[a-z][a-zA-Z0-9.]*[a-zA-Z0-9])[\"']");

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    public void bothBundlesHaveTheSameKeys() throws IOException {
        assertEquals(load(EN).stringPropertyNames(), load(JA).stringPropertyNames());
    }

    @Test
    public void bundlesAreAsciiWithUnicodeEscapes() throws IOException {
        for (Path file : List.of(EN, JA)) {
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0; i < bytes.length; i++) {
                assertTrue(file + " has a non-ASCII byte at " + i, bytes[i] >= 0);
            }
        }
    }

    @Test
    public void japaneseBundleIsJapanese() {
        ResourceBundle ja = ResourceBundle.getBundle("i18n/kakehashi", Locale.JAPANESE);
        assertEquals("\u67b6\u3051\u6a4b\u306e\u8a2d\u5b9a", ja.getString("kakehashi.admin.title"));
        ResourceBundle en = ResourceBundle.getBundle("i18n/kakehashi", Locale.ROOT);
        assertEquals("Kakehashi configuration", en.getString("kakehashi.admin.title"));
    }

    @Test
    public void everyMessageIsPlainTextWithAValidFormatAndOnePrefix() throws IOException {
        for (Path file : List.of(EN, JA)) {
            Properties bundle = load(file);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertTrue(key + " uses the kakehashi. prefix (or the macro browser's plugin-key prefix)",
                        key.startsWith("kakehashi.") || key.startsWith(MACRO_BROWSER_PREFIX));
                assertFalse(key + " is empty", text.isBlank());
                assertFalse(key + " contains HTML", text.matches("(?s).*<[a-zA-Z/!].*"));
                new MessageFormat(text, Locale.ROOT).format(new Object[] {"x", "y"});
            }
        }
    }

    @Test
    public void everyMacroHasItsMacroBrowserTexts() throws IOException {
        Set<String> known = load(EN).stringPropertyNames();
        for (org.w3c.dom.Element macro : ProjectFiles.elements(ProjectFiles.descriptor(), "xhtml-macro")) {
            String prefix = MACRO_BROWSER_PREFIX + macro.getAttribute("name");
            assertTrue(prefix + ".label", known.contains(prefix + ".label"));
            assertTrue(prefix + ".desc", known.contains(prefix + ".desc"));
            List<org.w3c.dom.Element> parameters = ProjectFiles.children(macro, "parameters").stream()
                    .flatMap(p -> ProjectFiles.children(p, "parameter").stream()).toList();
            for (org.w3c.dom.Element parameter : parameters) {
                String name = parameter.getAttribute("name");
                assertTrue(prefix + ".param." + name + ".label", known.contains(prefix + ".param." + name + ".label"));
                assertTrue(prefix + ".param." + name + ".desc", known.contains(prefix + ".param." + name + ".desc"));
            }
        }
    }

    @Test
    public void everyKeyUsedExists() throws IOException {
        Set<String> known = load(EN).stringPropertyNames();
        List<Path> sources = new ArrayList<>(ProjectFiles.files(ProjectFiles.MAIN_JAVA, ".java"));
        sources.addAll(ProjectFiles.files(ProjectFiles.RESOURCES, ".vm"));
        sources.addAll(ProjectFiles.files(ProjectFiles.RESOURCES.resolve("js"), ".js"));
        sources.addAll(ProjectFiles.files(ProjectFiles.RESOURCES.resolve("blueprints"), ".xml"));
        sources.add(ProjectFiles.ROOT.resolve("atlassian-plugin.xml"));
        Set<String> used = new TreeSet<>();
        for (Path source : sources) {
            Matcher m = KEY_IN_SOURCE.matcher(ProjectFiles.read(source));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertTrue("keys are found in the sources", used.size() > 20);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(known);
        missing.remove(dev.kakehashi.collaboration.RequestProperty.KEY); // the issue property's key, not a message
        assertEquals("keys used but not in the bundles", Set.of(), missing);
    }
}
