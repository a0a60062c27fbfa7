package dev.kakehashi.insights.web;

import static dev.kakehashi.testing.FakePeople.key;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.host.BundleI18nResolver;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.velocity.VelocityTemplateRenderer;
import dev.kakehashi.testing.FakePeople;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

/**
 * The department map page in Jira rendered by the host's escaping Velocity: logged-out visitors go to the login, a
 * reader gets the shell with the period asked for (90 days otherwise), and only administrators are offered to compute
 * the map now.
 */
public class DepartmentMapServletTest {
    private final FakePeople people = new FakePeople().with("tanaka", "田中 美咲", "sales").with("admin", "Admin")
            .admin("admin");
    private final UserManager userManager = mock(UserManager.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final RequiredResources resources = mock(RequiredResources.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter html = new StringWriter();
    private TemplateRenderer renderer;
    private DepartmentMapServlet servlet;

    @Before
    public void setUp() throws Exception {
        PluginDescriptor descriptor = PluginDescriptor.load(getClass().getClassLoader(), Product.JIRA);
        BundleI18nResolver i18n = new BundleI18nResolver(descriptor.i18nBundle().orElseThrow(),
                getClass().getClassLoader());
        LocaleResolver locales = mock(LocaleResolver.class);
        when(locales.getLocale()).thenReturn(Locale.JAPANESE);
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        PageBuilderService pageBuilder = mock(PageBuilderService.class);
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        renderer = new VelocityTemplateRenderer(descriptor.velocityAllowlist(), Map.of());
        servlet = new DepartmentMapServlet(userManager, login, renderer, application,
                new DepartmentMapView(i18n, locales, pageBuilder, application, people));
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/kakehashi/department-map");
        when(response.getWriter()).thenReturn(new PrintWriter(html));
    }

    private String page(String user, String days) throws Exception {
        when(userManager.getRemoteUserKey()).thenReturn(new UserKey(key(user)));
        when(request.getParameter("days")).thenReturn(days);
        servlet.doGet(request, response);
        return html.toString();
    }

    @Test
    public void loggedOutVisitorsAreSentToTheLoginAndBack() throws Exception {
        TemplateRenderer spy = mock(TemplateRenderer.class);
        servlet = new DepartmentMapServlet(userManager, login, spy, mock(ApplicationProperties.class),
                mock(DepartmentMapView.class));
        when(request.getQueryString()).thenReturn("days=30");
        when(login.getLoginUri(URI.create("/jira/plugins/servlet/kakehashi/department-map?days=30")))
                .thenReturn(URI.create("/jira/login.jsp?os_destination=x"));

        servlet.doGet(request, response);

        verify(response).sendRedirect("/jira/login.jsp?os_destination=x");
        verify(spy, never()).render(any(), anyMap(), any());
    }

    @Test
    public void aReaderGetsTheShellWithThePeriodAskedFor() throws Exception {
        String page = page("tanaka", "365");

        assertTrue(page, page.contains("data-rest=\"/jira/rest/kakehashi/1.0\""));
        assertTrue(page, page.contains("data-days=\"365\""));
        assertTrue(page, page.matches("(?s).*value=\"365\" checked.*"));
        assertTrue(page, page.contains("<h1 id=\"kakehashi-map-"));
        assertTrue(page, page.contains("部署マップ"));
        assertTrue(page, page.contains("過去 30 日間"));
        assertTrue(page, page.contains("href=\"/jira/plugins/servlet/kakehashi/departments\""));
        assertTrue(page, page.contains("data-admin=\"false\""));
        verify(resources).requireWebResource(DepartmentMapView.RESOURCES);
    }

    @Test
    public void anyOtherPeriodBecomesNinetyDays() throws Exception {
        String page = page("tanaka", "7\"><script>alert(1)</script>");

        assertTrue(page, page.contains("data-days=\"90\""));
        assertTrue(page, page.matches("(?s).*value=\"90\" checked.*"));
        assertFalse(page, page.contains("<script>"));
    }

    @Test
    public void onlyAdministratorsAreOfferedToComputeTheMap() throws Exception {
        assertTrue(page("admin", null).contains("data-admin=\"true\""));
    }

    @Test
    public void theDaysOfAPeriodAreOnlyThoseOffered() {
        assertEquals("30", DepartmentMapView.days(" 30 "));
        assertEquals("365", DepartmentMapView.days("365"));
        assertEquals("90", DepartmentMapView.days(null));
        assertEquals("90", DepartmentMapView.days("31"));
        assertEquals("90", DepartmentMapView.days(""));
    }
}
