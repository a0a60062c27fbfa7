package dev.kakehashi.lunch.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.platform.web.LoginRedirect;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The shuffle lunch page in both products, {@code /plugins/servlet/kakehashi/lunch}: joining, snoozing, one's own
 * groups; for administrators also the programmes, pairs kept apart, running a round and the figures. Logged-in users
 * only. The administration part needs a secure administrator session: {@code ?manage=true} asks an administrator for
 * it (the host's WebSudo page), as the admin page does; without it an administrator sees a link to it instead.
 */
public class LunchPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PAGE = "templates/lunch/lunch-page.vm";

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient TemplateRenderer renderer;
    private final transient LunchView view;
    private final transient WebSudoManager webSudo;

    public LunchPageServlet(UserManager userManager, LoginUriProvider loginUriProvider, TemplateRenderer renderer,
                            LunchView view, WebSudoManager webSudo) {
        this.webSudo = webSudo;
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
        boolean admin = userManager.isAdmin(user);
        if (admin && "true".equals(request.getParameter("manage"))) {
            try {
                webSudo.willExecuteWebSudoRequest(request);
            } catch (WebSudoSessionException e) {
                webSudo.enforceWebSudoProtection(request, response);
                return;
            }
        }
        boolean secure = admin && webSudo.canExecuteRequest(request);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(PAGE, view.model(user.getStringValue(), secure), response.getWriter());
    }
}
