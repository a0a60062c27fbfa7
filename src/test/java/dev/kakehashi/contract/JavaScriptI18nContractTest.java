package dev.kakehashi.contract;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.ProjectFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.w3c.dom.Element;

/**
 * The hosts translate scripts with their {@code jsI18n} web-resource transformer, which replaces a call
 * {@code AJS.I18n.getText('key')} whose key is a string literal by the text in the reader's language. A key held in a
 * variable cannot be replaced and stays in English (or as the key). So every call names its key literally, and every
 * script that calls it is served by a web resource with that transformer.
 */
public class JavaScriptI18nContractTest {
    private static final Pattern CALL = Pattern.compile("AJS\\.I18n\\.getText\\s*\\(\\s*(.)");
    private final List<Path> scripts = ProjectFiles.files(ProjectFiles.RESOURCES.resolve("js"), ".js");

    @Test
    public void everyCallNamesItsKeyLiterally() {
        assertFalse(scripts.isEmpty());
        for (Path script : scripts) {
            String[] lines = ProjectFiles.read(script).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = CALL.matcher(lines[i]);
                while (m.find()) {
                    assertTrue(script.getFileName() + ":" + (i + 1) + " passes a key that is not a string literal: "
                            + lines[i].strip(), m.group(1).equals("'") || m.group(1).equals("\""));
                }
            }
        }
    }

    @Test
    public void everyScriptThatTranslatesIsTransformed() {
        List<Element> resources = ProjectFiles.elements(ProjectFiles.descriptor(), "web-resource");
        for (Path script : scripts) {
            if (!CALL.matcher(ProjectFiles.read(script)).find()) {
                continue;
            }
            String location = "js/" + script.getFileName();
            for (Element resource : resources) {
                boolean contains = ProjectFiles.children(resource, "resource").stream()
                        .anyMatch(r -> location.equals(r.getAttribute("location")));
                if (!contains) {
                    continue;
                }
                boolean transformed = ProjectFiles.children(resource, "transformation").stream()
                        .flatMap(t -> ProjectFiles.children(t, "transformer").stream())
                        .anyMatch(t -> "jsI18n".equals(t.getAttribute("key")));
                assertTrue(location + " calls AJS.I18n.getText but the web resource "
                        + resource.getAttribute("key") + " has no jsI18n transformer", transformed);
            }
        }
    }
}
