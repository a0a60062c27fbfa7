package dev.kakehashi.insights.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.platform.web.LoginRedirect;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The department map in Jira ({@code /plugins/servlet/kakehashi/department-map?days=30|90|365}): who works with whom
 * across departments, as a matrix, a network picture and the bridge stage of each pair. Logged-in users only; the
 * figures come from the department-map REST resource, which applies the minimum group size.
 */
public class DepartmentMapServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PAGE = "templates/insights/department-map-page.vm";
    public static final String PATH = "/plugins/servlet/kakehashi/department-map";

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient TemplateRenderer renderer;
    private final transient ApplicationProperties application;
    private final transient DepartmentMapView view;

    public DepartmentMapServlet(UserManager userManager, LoginUriProvider loginUriProvider, TemplateRenderer renderer,
                                ApplicationProperties application, DepartmentMapView view) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.renderer = renderer;
        this.application = application;
        this.view = view;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = userManager.getRemoteUserKey();
        if (user == null) {
            LoginRedirect.toLogin(request, response, loginUriProvider);
            return;
        }
        Map<String, Object> model = view.model(user.getStringValue(), request.getParameter("days"), true);
        model.put("headingTag", "h1");
        model.put("profilesUrl", application.getBaseUrl(UrlMode.RELATIVE) + "/plugins/servlet/kakehashi/departments");
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(PAGE, model, response.getWriter());
    }
}
