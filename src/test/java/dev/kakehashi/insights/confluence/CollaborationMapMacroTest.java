package dev.kakehashi.insights.confluence;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import dev.kakehashi.insights.web.DepartmentMapView;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.host.BundleI18nResolver;
import dev.kakehashi.sandbox.host.RequestContext;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.velocity.VelocityTemplateRenderer;
import dev.kakehashi.testing.FakePeople;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

/**
 * The collaboration-map macro rendered by the host's escaping Velocity: its days parameter chooses the first period
 * (90 days when missing or not one of 30, 90, 365), anonymous readers are asked to log in, and where no script runs
 * the page says so instead of leaving an empty form.
 */
public class CollaborationMapMacroTest {
    private final FakePeople people = new FakePeople().with("tanaka", "田中 美咲", "sales");
    private final RequiredResources resources = mock(RequiredResources.class);
    private final LocaleResolver locales = mock(LocaleResolver.class);
    private CollaborationMapMacro macro;

    @Before
    public void setUp() {
        PluginDescriptor descriptor = PluginDescriptor.load(getClass().getClassLoader(), Product.CONFLUENCE);
        BundleI18nResolver i18n = new BundleI18nResolver(descriptor.i18nBundle().orElseThrow(),
                getClass().getClassLoader());
        when(locales.getLocale()).thenReturn(Locale.JAPANESE);
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/confluence");
        PageBuilderService pageBuilder = mock(PageBuilderService.class);
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        macro = new CollaborationMapMacro(new DepartmentMapView(i18n, locales, pageBuilder, application, people),
                people, new VelocityTemplateRenderer(descriptor.velocityAllowlist(), Map.of()));
        people.loggedIn("tanaka");
    }

    private String render(String days, String outputType) throws Exception {
        ConversionContext context = mock(ConversionContext.class);
        when(context.getOutputType()).thenReturn(outputType);
        Map<String, String> parameters = new HashMap<>();
        if (days != null) {
            parameters.put("days", days);
        }
        return macro.execute(parameters, null, context);
    }

    @Test
    public void theDaysParameterChoosesTheFirstPeriod() throws Exception {
        String html = render("30", "display");

        assertTrue(html, html.contains("data-rest=\"/confluence/rest/kakehashi/1.0\""));
        assertTrue(html, html.contains("data-days=\"30\""));
        assertTrue(html, html.matches("(?s).*value=\"30\" checked.*"));
        assertTrue(html, html.contains("<h2 id=\"kakehashi-map-"));
        assertTrue(html, html.contains("前の期間と比べる"));
        verify(resources).requireWebResource("dev.kakehashi.kakehashi:map-resources");
    }

    @Test
    public void withoutOrWithAnotherPeriodItIsNinetyDays() throws Exception {
        assertTrue(render(null, "display").contains("data-days=\"90\""));
        assertTrue(render("7", "display").contains("data-days=\"90\""));
    }

    @Test
    public void anonymousReadersAreAskedToLogIn() throws Exception {
        people.loggedIn(null);

        String html = render("90", "display");

        assertTrue(html, html.contains("部署マップを見るにはログインしてください。"));
        assertFalse(html, html.contains("data-rest"));
        assertFalse(html, html.contains("<form"));
        verify(resources, never()).requireWebResource(any());
    }

    @Test
    public void whereNoScriptRunsThePageSaysToOpenItInABrowser() throws Exception {
        String html = render("90", "pdf");

        assertTrue(html, html.contains("部署マップはこのページをブラウザーで開くと表示されます。"));
        assertFalse(html, html.contains("data-rest"));
        verify(resources, never()).requireWebResource(any());
    }

    @Test
    public void itSpeaksTheReadersLanguage() throws Exception {
        when(locales.getLocale()).thenReturn(Locale.ENGLISH);
        RequestContext.begin(mock(HttpServletRequest.class), null, Locale.ENGLISH, false);
        String html;
        try {
            html = render("365", "display");
        } finally {
            RequestContext.end();
        }

        assertTrue(html, html.contains("Compare with the previous period"));
        assertTrue(html, html.contains("Last 365 days"));
        assertTrue(html, html.contains("lang=\"en\""));
    }
}
