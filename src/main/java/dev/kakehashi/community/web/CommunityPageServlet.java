package dev.kakehashi.community.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.platform.web.LoginRedirect;
import dev.kakehashi.platform.web.PathSegments;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Communities in Jira and Confluence: {@code /plugins/servlet/kakehashi/communities} lists the communities the reader
 * may see with the form that starts one; {@code /plugins/servlet/kakehashi/communities/<key>} shows one (404 for an
 * unknown one and for a pilot the reader may not see). Logged-in users only.
 */
public class CommunityPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PAGE = "templates/community/community-page.vm";
    static final String LIST = "templates/community/communities.vm";

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient TemplateRenderer renderer;
    private final transient CommunityView view;

    public CommunityPageServlet(UserManager userManager, LoginUriProvider loginUriProvider, TemplateRenderer renderer,
                                CommunityView view) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.renderer = renderer;
        this.view = view;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = userManager.getRemoteUserKey();
        if (user == null) {
            LoginRedirect.toLogin(request, response, loginUriProvider);
            return;
        }
        String key = key(request.getRequestURI());
        response.setContentType("text/html;charset=UTF-8");
        if (key.isEmpty()) {
            renderer.render(LIST, view.listModel(user.getStringValue()), response.getWriter());
            return;
        }
        Map<String, Object> model = view.model(key, user.getStringValue());
        model.put("interactive", true);
        if (!Boolean.TRUE.equals(model.get("found"))) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        renderer.render(PAGE, model, response.getWriter());
    }

    /** The community key after {@code /communities/} in the address, or empty. */
    static String key(String uri) {
        return PathSegments.after(uri, "/kakehashi/communities/");
    }
}
