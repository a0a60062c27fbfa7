package dev.kakehashi.contract;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.ProjectFiles;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.runtime.RuntimeInstance;
import org.junit.Test;

/**
 * Every Velocity template parses, and none inserts a reference whose name would switch off the host's escaping.
 */
public class TemplateContractTest {
    /** References the host does not escape: names ending in "html", and xHtmlContent, body, head. */
    private static final Pattern UNESCAPED = Pattern.compile(
            "\\$!?\\{?([a-zA-Z][\\w]*(?:\\.[\\w]+(?:\\([^)]*\\))?)*)", Pattern.CASE_INSENSITIVE);

    private final List<Path> templates = ProjectFiles.files(ProjectFiles.RESOURCES.resolve("templates"), ".vm");

    @Test
    public void everyTemplateParses() throws Exception {
        assertFalse(templates.isEmpty());
        RuntimeInstance velocity = new RuntimeInstance();
        velocity.init();
        for (Path template : templates) {
            velocity.parse(new StringReader(ProjectFiles.read(template)), template.toString());
        }
    }

    @Test
    public void noTemplateTurnsOffEscaping() {
        for (Path template : templates) {
            String text = ProjectFiles.read(template);
            assertFalse(template + " disables escaping", text.contains("#disable_html_escaping"));
            Matcher m = UNESCAPED.matcher(text);
            while (m.find()) {
                String reference = m.group(1).replaceAll("\\([^)]*\\)", "");
                String last = reference.substring(reference.lastIndexOf('.') + 1).toLowerCase();
                assertFalse(template + " inserts unescaped " + reference,
                        last.endsWith("html") || last.equals("body") || last.equals("head"));
            }
            assertTrue(template + " is a page or fragment", text.length() > 0);
        }
    }
}
