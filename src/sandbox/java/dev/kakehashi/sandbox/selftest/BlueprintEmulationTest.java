package dev.kakehashi.sandbox.selftest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.sandbox.host.ConfluenceLabels;
import dev.kakehashi.sandbox.pages.BlueprintTemplates;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.Product;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.Test;

/**
 * The sandbox's create-content emulation behaves as the facts in docs/HOST-FACTS.md §19 say the host does: template
 * variables, texts and declarations, label rules and the blueprint descriptor modules.
 */
public class BlueprintEmulationTest {
    private static String fill(String template, Map<String, ?> context) {
        return BlueprintTemplates.fill(template, context, key -> "«" + key + "»");
    }

    @Test
    public void aVariableIsEscapedTextWithLineBreaksUnlessItIsRaw() {
        assertEquals("<p>a &lt;b&gt; &amp; c<br/>d</p>", fill("<p><at:var at:name=\"x\"/></p>", Map.of("x", "a <b> & c\nd")));
        assertEquals("<p><strong>s</strong></p>", fill("<p><at:var at:name=\"x\" at:rawxhtml=\"true\"/></p>",
                Map.of("x", "<strong>s</strong>")));
        assertEquals("<p></p>", fill("<p><at:var at:name=\"missing\"/></p>", Map.of()));
        assertTrue(fill("<at:var at:name=\"x\" at:rawxhtml=\"true\"/>", Map.of("x", "<p>unclosed"))
                .startsWith("<ac:structured-macro ac:name=\"warning\">"));
    }

    @Test
    public void textsAreTheCreatorsAndDeclarationsAreDropped() {
        assertEquals("<h2>«k.title»</h2>", fill("<at:declarations><at:string at:name=\"a\"/></at:declarations>"
                + "<h2><at:i18n at:key=\"k.title\"/></h2>", Map.of()));
        assertEquals("<ac:placeholder>«k»</ac:placeholder><ac:structured-macro ac:name=\"info\"/>",
                fill("<ac:placeholder><at:i18n at:key=\"k\"/></ac:placeholder><ac:structured-macro ac:name=\"info\"/>",
                        Map.of()));
        assertThrows(IllegalArgumentException.class, () -> fill("<p>", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> fill("<at:nosuch/>", Map.of()));
    }

    @Test
    public void labelsFollowConfluencesRules() {
        assertEquals("kakehashi-dept-sales", ConfluenceLabels.valid(" Kakehashi-Dept-Sales ").orElseThrow());
        assertEquals("営業", ConfluenceLabels.valid("営業").orElseThrow());
        for (String bad : new String[] {"a b", "a:b", "a,b", "a.b", "<x>", "a!", "", "x".repeat(256)}) {
            assertTrue(bad, ConfluenceLabels.valid(bad).isEmpty());
        }
    }

    @Test
    public void blueprintModulesAreReadForConfluenceOnly() {
        String xml = "<atlassian-plugin key=\"p\"><content-template key=\"t\" application=\"confluence\">"
                + "<resource name=\"template\" type=\"download\" location=\"t.xml\"/>"
                + "<context-provider class=\"C\"><param name=\"kind\" value=\"results\"/></context-provider>"
                + "</content-template><blueprint key=\"b\" application=\"confluence\" content-template-key=\"t\" "
                + "index-key=\"i\"><dialog-wizard key=\"w\"><dialog-page id=\"one\" template-key=\"N.f\" "
                + "title-key=\"k\"/></dialog-wizard></blueprint>"
                + "<web-resource key=\"r\"><transformation extension=\"js\"><transformer key=\"jsI18n\"/>"
                + "</transformation></web-resource></atlassian-plugin>";
        PluginDescriptor confluence = PluginDescriptor.parse(new ByteArrayInputStream(
                xml.getBytes(StandardCharsets.UTF_8)), Product.CONFLUENCE);
        PluginDescriptor.BlueprintModule blueprint = confluence.blueprints().get("b");
        assertEquals("edit", blueprint.createResult());
        assertTrue("a lone page is the last", blueprint.wizardPages().get(0).last());
        assertEquals(Map.of("kind", "results"), confluence.contentTemplates().get("t").contextProvider().params());
        assertTrue(confluence.webResource("r").orElseThrow().transforms("js", "jsI18n"));
        assertTrue(PluginDescriptor.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                Product.JIRA).blueprints().isEmpty());
    }
}
