package dev.kakehashi.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.templaterenderer.RenderingException;
import dev.kakehashi.admin.Department;
import dev.kakehashi.sandbox.plugin.EnabledPlugin;
import dev.kakehashi.sandbox.velocity.HtmlEscapingHandler;
import dev.kakehashi.sandbox.velocity.VelocityTemplateRenderer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/**
 * The sandbox must fail where the host would: a template method missing from the allowlist, an import the host does
 * not offer; and it must escape exactly what the host escapes.
 */
public class SandboxRulesTest {
    private static final Department SALES = new Department("sales", "Sales <b>", "営業", List.of("sales"), 0, true);

    @Test
    public void referencesAreEscapedUnlessTheirNameEndsInHtml() {
        VelocityTemplateRenderer renderer = new VelocityTemplateRenderer(Set.of(), Map.of());

        String out = renderer.renderFragment("$name|$nameHtml|$!{titleHTML}|${body}",
                Map.of("name", "<script>x</script>", "nameHtml", "<i>ok</i>", "titleHTML", "<u>t</u>", "body", "<p>b</p>"));

        assertEquals("&lt;script&gt;x&lt;/script&gt;|<i>ok</i>|<u>t</u>|<p>b</p>", out);
    }

    @Test
    public void theEscapingRuleLooksAtTheLastNameOfAReference() {
        assertTrue(HtmlEscapingHandler.isHtml("$page.renderHtml()"));
        assertTrue(HtmlEscapingHandler.isHtml("$!{xHtmlContent}"));
        assertFalse(HtmlEscapingHandler.isHtml("$htmlTitle"));
        assertFalse(HtmlEscapingHandler.isHtml("$department.nameJa()"));
        assertEquals("&lt;&amp;&quot;&#39;&gt;", HtmlEscapingHandler.escape("<&\"'>"));
    }

    @Test
    public void allowlistedMethodsRenderAndTheirResultIsEscaped() {
        VelocityTemplateRenderer renderer = new VelocityTemplateRenderer(
                Set.of("dev.kakehashi.admin.Department#nameEn()"), Map.of());

        assertEquals("Sales &lt;b&gt;", renderer.renderFragment("$d.nameEn()", Map.of("d", SALES)));
    }

    @Test
    public void aMethodMissingFromTheAllowlistFailsTheRender() {
        VelocityTemplateRenderer renderer = new VelocityTemplateRenderer(
                Set.of("dev.kakehashi.admin.Department#nameEn()"), Map.of());
        try {
            renderer.renderFragment("$d.nameJa()", Map.of("d", SALES));
            fail("a method missing from the allowlist was called");
        } catch (RenderingException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("dev.kakehashi.admin.Department#nameJa()"));
        }
    }

    @Test
    public void anImportTheHostDoesNotOfferStopsThePlugin() {
        try {
            EnabledPlugin.start(getClass().getClassLoader(), Product.JIRA, Map.of());
            fail("the plugin started without its imports");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("com.atlassian.activeobjects.external.ActiveObjects"));
        }
    }
}
