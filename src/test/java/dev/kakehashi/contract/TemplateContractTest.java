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

    /**
     * A reference followed by a hyphen and a letter: Velocity 1.7 reads the hyphen as part of the name, so
     * {@code $formId-title} is one unknown reference printed as it stands. A method call's closing parenthesis ends the
     * name, so {@code $card.id()-m} is fine; {@code ${formId}-title} is how to write it.
     */
    private static final Pattern SWALLOWED_HYPHEN = Pattern.compile(
            "\\$!?[a-zA-Z][\\w]*(?:\\.[a-zA-Z][\\w]*(?:\\([^)]*\\))?)*(?<!\\))-[a-zA-Z]");

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
    public void noReferenceRunsIntoAHyphen() {
        for (Path template : templates) {
            String[] lines = ProjectFiles.read(template).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = SWALLOWED_HYPHEN.matcher(lines[i]);
                assertFalse(template + ":" + (i + 1) + " writes " + (m.find() ? m.group() : "")
                        + "… which Velocity reads as one name; use ${name}-", m.find(0));
            }
        }
    }

    @Test
    public void theHyphenCheckFindsWhatVelocitySwallows() {
        assertTrue(SWALLOWED_HYPHEN.matcher("id=\"kakehashi-goal-$formId-title\"").find());
        assertTrue(SWALLOWED_HYPHEN.matcher("id=\"x-$!card.key-m\"").find());
        assertFalse(SWALLOWED_HYPHEN.matcher("id=\"kakehashi-goal-${formId}-title\"").find());
        assertFalse(SWALLOWED_HYPHEN.matcher("id=\"kakehashi-goal-$card.id()-m$m.index()\"").find());
        assertFalse(SWALLOWED_HYPHEN.matcher("$n-1").find());
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
