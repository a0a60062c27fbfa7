package dev.kakehashi.configuration.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.kakehashi.admin.CompanyCalendarService;
import dev.kakehashi.admin.CompanyRole;
import dev.kakehashi.admin.CompanyRoleService;
import dev.kakehashi.admin.CompanyValueService;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.NationalHolidays;
import dev.kakehashi.collaboration.RequestTypeInstaller;
import dev.kakehashi.company.CompanySync;
import dev.kakehashi.notify.Outbox;
import dev.kakehashi.platform.web.LoginRedirect;
import dev.kakehashi.thanks.ThanksService;
import dev.kakehashi.transfer.TransferService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configuration page in the host's administration ({@code /plugins/servlet/kakehashi/admin}): administrators
 * only, in a secure administrator session. The page lists departments, values and the thanks policy; its script
 * changes them through the REST API. In Jira it also shows the collaboration request issue types and the projects
 * that offer them.
 */
public class AdminPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AdminPageServlet.class);
    private static final DateTimeFormatter SYNC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final String TEMPLATE = "templates/admin/admin.vm";
    static final String RESOURCES = "dev.kakehashi.kakehashi:admin-resources";

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient WebSudoManager webSudoManager;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;
    private final transient DepartmentService departments;
    private final transient CompanyValueService values;
    private final transient ThanksService thanks;
    private final transient RequestTypeInstaller requestTypes;
    private final transient Outbox outbox;
    private final transient CompanySync company;
    private final transient CompanyRoleService roles;
    private final transient CompanyCalendarService calendars;

    public AdminPageServlet(UserManager userManager, LoginUriProvider loginUriProvider, WebSudoManager webSudoManager,
                            TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n,
                            DepartmentService departments, CompanyValueService values, ThanksService thanks,
                            RequestTypeInstaller requestTypes, Outbox outbox, CompanySync company,
                            CompanyRoleService roles, CompanyCalendarService calendars) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.webSudoManager = webSudoManager;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.departments = departments;
        this.values = values;
        this.thanks = thanks;
        this.requestTypes = requestTypes;
        this.outbox = outbox;
        this.company = company;
        this.roles = roles;
        this.calendars = calendars;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = userManager.getRemoteUserKey();
        if (user == null) {
            LoginRedirect.toLogin(request, response, loginUriProvider);
            return;
        }
        if (!userManager.isAdmin(user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, i18n.getText("kakehashi.admin.forbidden"));
            return;
        }
        try {
            webSudoManager.willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException e) {
            webSudoManager.enforceWebSudoProtection(request, response);
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        try {
            company.syncIfDue();
        } catch (RuntimeException e) {
            LOG.warn("Kakehashi could not copy the company lists from the other product", e);
        }
        Map<String, Object> context = new HashMap<>();
        context.putAll(companyModel());
        context.put("i18n", i18n);
        context.put("restBase", request.getContextPath() + "/rest/kakehashi/1.0");
        context.put("departments", departments.list());
        context.put("values", values.list());
        context.put("policy", thanks.policy());
        context.put("mailAvailable", outbox.available());
        context.put("holidaysPublishedThrough", String.valueOf(NationalHolidays.japan().lastYear()));
        context.put("requestTypesSupported", requestTypes.supported());
        context.put("systemAdmin", userManager.isSystemAdmin(user));
        context.put("transferMaxMegabytes", String.valueOf(TransferService.MAX_DOCUMENT_BYTES / (1024 * 1024)));
        if (requestTypes.supported()) {
            context.putAll(AdminRequestTypes.model(requestTypes, i18n));
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(TEMPLATE, context, response.getWriter());
    }

    /** Whether this product follows the other one for its lists, and what the last copy came to. */
    private Map<String, Object> companyModel() {
        Map<String, Object> model = new HashMap<>();
        CompanyRole role = roles.role();
        String product = roles.otherProduct();
        model.put("companyFollower", role.follower());
        model.put("companyOtherProduct", product);
        model.put("companyOtherAdminUrl", roles.otherAdminPage().orElse(""));
        model.put("companyLastSynced", role.lastSyncedAt() == null ? i18n.getText("kakehashi.admin.company.never")
                : SYNC_TIME.format(role.lastSyncedAt().atZone(calendars.calendar().zone())));
        model.put("companyFailure", role.failed() ? role.lastFailure() : "");
        model.put("companyFailureMessage", role.failed()
                ? i18n.getText("kakehashi.error.company." + role.lastFailure(), product, "") : "");
        return model;
    }
}
