package dev.kakehashi.events.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.kakehashi.platform.web.LoginRedirect;
import dev.kakehashi.platform.web.PathSegments;
import java.io.IOException;
import java.util.Map;

/**
 * The events page in Jira and Confluence: {@code /plugins/servlet/kakehashi/events} lists the events the reader may
 * see, their own, and the form that creates one; {@code /plugins/servlet/kakehashi/events/<id>} shows one event (404,
 * the same for an event that does not exist and one the reader may not see). Logged-in users only.
 */
public class EventPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PAGE = "templates/events/event-page.vm";

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient TemplateRenderer renderer;
    private final transient EventView view;

    public EventPageServlet(UserManager userManager, LoginUriProvider loginUriProvider, TemplateRenderer renderer,
                            EventView view) {
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
        String segment = segment(request.getRequestURI());
        response.setContentType("text/html;charset=UTF-8");
        Map<String, Object> model;
        if (segment.isEmpty()) {
            model = view.list(user.getStringValue(), request.getParameter("cursor"));
            model.put("listing", true);
        } else {
            long id = id(segment);
            model = id > 0 ? view.detail(user.getStringValue(), id) : view.detail(null, 0);
            model.put("loggedIn", true);
            model.put("listing", false);
            model.put("interactive", true);
            if (!Boolean.TRUE.equals(model.get("found"))) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        }
        renderer.render(PAGE, model, response.getWriter());
    }

    /** What follows {@code /kakehashi/events/} in the address, or empty. */
    static String segment(String uri) {
        return PathSegments.after(uri, "/kakehashi/events/");
    }

    /** A positive id, or 0. */
    static long id(String text) {
        try {
            return Math.max(0, Long.parseLong(text));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
