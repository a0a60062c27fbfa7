package dev.kakehashi.configuration.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import dev.kakehashi.admin.CompanyValueService;
import dev.kakehashi.admin.Department;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.notify.Outbox;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.host.BundleI18nResolver;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.velocity.VelocityTemplateRenderer;
import dev.kakehashi.thanks.ThanksPolicy;
import dev.kakehashi.thanks.ThanksService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class AdminPageServletTest {
    private final UserManager userManager = mock(UserManager.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class);
    private final RequiredResources resources = mock(RequiredResources.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final DepartmentService departments = mock(DepartmentService.class);
    private final CompanyValueService values = mock(CompanyValueService.class);
    private final ThanksService thanks = mock(ThanksService.class);
    private final Outbox outbox = mock(Outbox.class);
    private final dev.kakehashi.company.CompanySync company = mock(dev.kakehashi.company.CompanySync.class);
    private final dev.kakehashi.admin.CompanyRoleService roles = mock(dev.kakehashi.admin.CompanyRoleService.class);
    private final dev.kakehashi.admin.CompanyCalendarService calendars =
            mock(dev.kakehashi.admin.CompanyCalendarService.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private AdminPageServlet servlet;

    @Before
    public void setUp() throws Exception {
        servlet = new AdminPageServlet(userManager, login, webSudo, renderer, pageBuilder, i18n, departments, values,
                thanks, mock(dev.kakehashi.collaboration.RequestTypeInstaller.class), outbox, company, roles, calendars);
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/kakehashi/admin");
        when(request.getContextPath()).thenReturn("/jira");
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        when(i18n.getText("kakehashi.admin.forbidden")).thenReturn("Only administrators");
        when(roles.role()).thenReturn(dev.kakehashi.admin.CompanyRole.SOURCE);
        when(roles.otherProduct()).thenReturn("Jira");
        when(roles.otherAdminPage()).thenReturn(java.util.Optional.of("https://jira.example.com/plugins/servlet/kakehashi/admin"));
        when(calendars.calendar()).thenReturn(dev.kakehashi.admin.CompanyCalendar.DEFAULT);
    }

    @Test
    public void anonymousVisitorsAreSentToTheLoginPageAndBack() throws Exception {
        when(request.getQueryString()).thenReturn("tab=values");
        when(login.getLoginUri(URI.create("/jira/plugins/servlet/kakehashi/admin?tab=values")))
                .thenReturn(URI.create("/jira/login.jsp?os_destination=x"));

        servlet.doGet(request, response);

        verify(response).sendRedirect("/jira/login.jsp?os_destination=x");
        verify(renderer, never()).render(any(), anyMap(), any());
    }

    @Test
    public void usersWhoAreNotAdministratorsGetForbidden() throws Exception {
        when(userManager.getRemoteUserKey()).thenReturn(new UserKey("tanaka"));

        servlet.doGet(request, response);

        verify(response).sendError(403, "Only administrators");
        verify(renderer, never()).render(any(), anyMap(), any());
    }

    @Test
    public void administratorsWithoutASecureSessionAreAskedForTheirPassword() throws Exception {
        when(userManager.getRemoteUserKey()).thenReturn(new UserKey("admin"));
        when(userManager.isAdmin(new UserKey("admin"))).thenReturn(true);
        doThrow(new WebSudoSessionException()).when(webSudo).willExecuteWebSudoRequest(request);

        servlet.doGet(request, response);

        verify(webSudo).enforceWebSudoProtection(request, response);
        verify(renderer, never()).render(any(), anyMap(), any());
    }

    @Test
    @SuppressWarnings("unchecked")
    public void administratorsSeeThePageWithItsResourcesAndData() throws Exception {
        when(userManager.getRemoteUserKey()).thenReturn(new UserKey("admin"));
        when(userManager.isAdmin(new UserKey("admin"))).thenReturn(true);
        List<Department> list = List.of(new Department("sales", "Sales", "営業", List.of("sales"), 0, true));
        when(departments.list()).thenReturn(list);
        when(thanks.policy()).thenReturn(ThanksPolicy.DEFAULT);

        servlet.doGet(request, response);

        verify(resources).requireWebResource("dev.kakehashi.kakehashi:admin-resources");
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq("templates/admin/admin.vm"), context.capture(), any());
        assertSame(list, context.getValue().get("departments"));
        assertEquals("/jira/rest/kakehashi/1.0", context.getValue().get("restBase"));
        assertEquals(ThanksPolicy.DEFAULT, context.getValue().get("policy"));
        verify(response).setContentType("text/html;charset=UTF-8");
    }

    @Test
    public void administratorsAreToldWhenTheHostOffersNoMailQueue() throws Exception {
        when(userManager.getRemoteUserKey()).thenReturn(new UserKey("admin"));
        when(userManager.isAdmin(new UserKey("admin"))).thenReturn(true);
        when(thanks.policy()).thenReturn(ThanksPolicy.DEFAULT);
        PluginDescriptor descriptor = PluginDescriptor.load(getClass().getClassLoader(), Product.CONFLUENCE);
        BundleI18nResolver english = new BundleI18nResolver(descriptor.i18nBundle().orElseThrow(),
                getClass().getClassLoader());
        AdminPageServlet rendering = new AdminPageServlet(userManager, login, webSudo,
                new VelocityTemplateRenderer(descriptor.velocityAllowlist(), Map.of()), pageBuilder, english,
                departments, values, thanks, mock(dev.kakehashi.collaboration.RequestTypeInstaller.class), outbox, company, roles, calendars);

        StringWriter page = new StringWriter();
        when(response.getWriter()).thenReturn(new PrintWriter(page));
        when(outbox.available()).thenReturn(false);
        rendering.doGet(request, response);
        assertTrue(page.toString(), page.toString().contains("id=\"kakehashi-mail-unavailable\""));
        assertTrue(page.toString().contains("com.atlassian.core.task"));

        StringWriter normal = new StringWriter();
        when(response.getWriter()).thenReturn(new PrintWriter(normal));
        when(outbox.available()).thenReturn(true);
        rendering.doGet(request, response);
        assertTrue(normal.toString().contains("kakehashi-policy-heading"));
        assertFalse(normal.toString().contains("kakehashi-mail-unavailable"));
    }

    @Test
    public void aFollowerShowsWhereTheListsAreManagedTheLastSyncAndNoFormToChangeThem() throws Exception {
        when(userManager.getRemoteUserKey()).thenReturn(new UserKey("admin"));
        when(userManager.isAdmin(new UserKey("admin"))).thenReturn(true);
        when(thanks.policy()).thenReturn(ThanksPolicy.DEFAULT);
        PluginDescriptor descriptor = PluginDescriptor.load(getClass().getClassLoader(), Product.CONFLUENCE);
        BundleI18nResolver english = new BundleI18nResolver(descriptor.i18nBundle().orElseThrow(),
                getClass().getClassLoader());
        AdminPageServlet rendering = new AdminPageServlet(userManager, login, webSudo,
                new VelocityTemplateRenderer(descriptor.velocityAllowlist(), Map.of()), pageBuilder, english,
                departments, values, thanks, mock(dev.kakehashi.collaboration.RequestTypeInstaller.class), outbox,
                company, roles, calendars);
        java.time.Instant synced = java.time.Instant.parse("2026-12-07T01:00:00Z");
        when(roles.role()).thenReturn(new dev.kakehashi.admin.CompanyRole(true, synced, synced.plusSeconds(60),
                "unreachable", "v1"));

        StringWriter page = new StringWriter();
        when(response.getWriter()).thenReturn(new PrintWriter(page));
        rendering.doGet(request, response);

        String html = page.toString();
        verify(company).syncIfDue();
        assertTrue(html, html.contains("管理元: Jira \u2014 最終同期 2026-12-07 10:00"));
        assertTrue(html, html.contains("href=\"https://jira.example.com/plugins/servlet/kakehashi/admin\""));
        assertTrue(html, html.contains("id=\"kakehashi-company-failed\" data-failure=\"unreachable\""));
        assertTrue(html, html.contains("data-follower=\"true\""));
        assertTrue("the form for a department's groups, shown on its edit button", html.contains(
                "id=\"kakehashi-department-form\" novalidate hidden>"));
        assertTrue(html, html.contains("name=\"nameJa\" maxlength=\"100\" required readonly"));
        assertTrue(html, html.contains("name=\"nameEn\" maxlength=\"100\" required readonly"));
        assertFalse(html, html.contains("id=\"kakehashi-value-form\""));
        assertFalse(html, html.contains("id=\"kakehashi-policy-submit\""));
        assertTrue(html, html.contains("<fieldset class=\"kakehashi-plain\" disabled>"));

        when(roles.role()).thenReturn(dev.kakehashi.admin.CompanyRole.SOURCE);
        StringWriter source = new StringWriter();
        when(response.getWriter()).thenReturn(new PrintWriter(source));
        rendering.doGet(request, response);
        assertTrue(source.toString().contains("id=\"kakehashi-department-form\""));
        assertFalse(source.toString().contains("kakehashi-company-managed"));
    }
}
