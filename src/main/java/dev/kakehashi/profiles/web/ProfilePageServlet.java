package dev.kakehashi.profiles.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.insights.web.DepartmentMapServlet;
import dev.kakehashi.platform.web.LoginRedirect;
import dev.kakehashi.platform.web.PathSegments;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Department profiles in Jira: {@code /plugins/servlet/kakehashi/departments} lists the active departments,
 * {@code /plugins/servlet/kakehashi/departments/<key>} shows one department's profile (404 for an unknown or inactive
 * one). Logged-in users only.
 */
public class ProfilePageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PAGE = "templates/profiles/profile-page.vm";
    static final String LIST = "templates/profiles/departments.vm";
    public static final String PATH = DepartmentName.PROFILE_PATH;

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient TemplateRenderer renderer;
    private final transient LocaleResolver locales;
    private final transient ApplicationProperties application;
    private final transient DepartmentService departments;
    private final transient ProfileView view;

    public ProfilePageServlet(UserManager userManager, LoginUriProvider loginUriProvider, TemplateRenderer renderer,
                              LocaleResolver locales, ApplicationProperties application, DepartmentService departments,
                              ProfileView view) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.renderer = renderer;
        this.locales = locales;
        this.application = application;
        this.departments = departments;
        this.view = view;
    }

    /** A department in the list: its name and the address of its profile. */
    public record Entry(String name, String url) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = userManager.getRemoteUserKey();
        if (user == null) {
            LoginRedirect.toLogin(request, response, loginUriProvider);
            return;
        }
        String key = key(request.getRequestURI());
        String context = application.getBaseUrl(UrlMode.RELATIVE);
        Map<String, Object> model = view.model(key, user.getStringValue());
        model.put("listUrl", context + PATH);
        model.put("mapUrl", context + DepartmentMapServlet.PATH);
        model.put("interactive", true);
        response.setContentType("text/html;charset=UTF-8");
        if (key.isEmpty()) {
            Locale locale = locales.getLocale() == null ? Locale.ENGLISH : locales.getLocale();
            List<Entry> entries = departments.activeNames().stream()
                    .map(d -> new Entry(d.name(locale), context + PATH + "/" + d.key())).toList();
            model.put("departments", entries);
            renderer.render(LIST, model, response.getWriter());
            return;
        }
        if (!Boolean.TRUE.equals(model.get("found"))) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        renderer.render(PAGE, model, response.getWriter());
    }

    /** The department key after {@code /departments/} in the address, or empty. */
    static String key(String uri) {
        return PathSegments.after(uri, "/kakehashi/departments/");
    }
}
