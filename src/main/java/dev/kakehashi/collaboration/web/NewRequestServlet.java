package dev.kakehashi.collaboration.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.collaboration.HostIssueTypes;
import dev.kakehashi.collaboration.RequestTypeInstaller;
import dev.kakehashi.platform.web.LoginRedirect;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The page that starts a collaboration request ({@code /plugins/servlet/kakehashi/collaboration/new}, Jira): one
 * form for the issue and the request together, offered in the projects whose issue type scheme has the request
 * types. The form posts JSON to the REST API, which creates the issue through Jira. {@code ?partner=<department key>}
 * and {@code &kind=<request kind>} fill in the partner department and the kind (a department profile's "ask this
 * department"); values that name no active department or no kind are ignored.
 */
public class NewRequestServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/collaboration/new-request.vm";

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient TemplateRenderer renderer;
    private final transient RequestTypeInstaller types;
    private final transient RequestPanel panel;

    public NewRequestServlet(UserManager userManager, LoginUriProvider loginUriProvider, TemplateRenderer renderer,
                             RequestTypeInstaller types, RequestPanel panel) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.renderer = renderer;
        this.types = types;
        this.panel = panel;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = userManager.getRemoteUserKey();
        if (user == null) {
            LoginRedirect.toLogin(request, response, loginUriProvider);
            return;
        }
        String wanted = request.getParameter("project");
        List<HostIssueTypes.ProjectTypes> offering = types.projectsOffering();
        boolean anyChosen = offering.stream().anyMatch(p -> p.key().equals(wanted));
        List<RequestPanel.Choice> projects = offering.stream().map(p -> new RequestPanel.Choice(p.key(),
                p.name() + " (" + p.key() + ")", anyChosen ? p.key().equals(wanted) : false)).toList();
        Map<String, Object> model = panel.newRequest(projects, request.getParameter("partner"),
                request.getParameter("kind"));
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, model, response.getWriter());
    }
}
