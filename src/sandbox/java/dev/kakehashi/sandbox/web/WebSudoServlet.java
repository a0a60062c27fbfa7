package dev.kakehashi.sandbox.web;

import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.RequestContext;
import dev.kakehashi.sandbox.host.SessionWebSudoManager;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * {@code /sandbox/websudo}: asks the logged-in user's password again, opens a secure administrator session and
 * returns to {@code os_destination}.
 */
public final class WebSudoServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient DemoDirectory directory;
    private final transient HostChrome chrome;

    public WebSudoServlet(DemoDirectory directory, HostChrome chrome) {
        this.directory = directory;
        this.chrome = chrome;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (RequestContext.currentUser().isEmpty()) {
            toLogin(request, response);
            return;
        }
        show(request, response, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DemoUser user = RequestContext.currentUser().orElse(null);
        if (user == null) {
            toLogin(request, response);
            return;
        }
        if (directory.authenticate(user.username(), request.getParameter("webSudoPassword")).isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            show(request, response, true);
            return;
        }
        SessionWebSudoManager.mark(request);
        response.sendRedirect(SafeRedirect.target(request, request.getParameter("os_destination"),
                chrome.product().homePath()));
    }

    private void toLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Product product = chrome.product();
        String back = "/sandbox/websudo?os_destination=" + Html.query(request.getParameter("os_destination"));
        response.sendRedirect(request.getContextPath() + product.loginPath() + "?os_destination=" + Html.query(back));
    }

    private void show(HttpServletRequest request, HttpServletResponse response, boolean failed) throws IOException {
        Locale locale = RequestContext.currentLocale();
        StringBuilder body = new StringBuilder("<h1>").append(HostText.get(locale, "websudo.title")).append("</h1>\n")
                .append("<p class=\"description\">").append(HostText.get(locale, "websudo.description")).append("</p>\n");
        if (failed) {
            body.append("<div class=\"aui-message aui-message-error\" id=\"websudo-error\">")
                    .append(HostText.get(locale, "websudo.failed")).append("</div>\n");
        }
        body.append("<form class=\"aui\" id=\"websudo-form\" method=\"post\" action=\"")
                .append(Html.text(request.getContextPath())).append("/sandbox/websudo\">\n")
                .append("<div class=\"field-group\"><label for=\"websudo-password\">")
                .append(HostText.get(locale, "login.password"))
                .append("</label><input class=\"text\" type=\"password\" id=\"websudo-password\" name=\"webSudoPassword\"")
                .append(" autocomplete=\"current-password\"></div>\n")
                .append("<input type=\"hidden\" name=\"os_destination\" value=\"")
                .append(Html.text(request.getParameter("os_destination"))).append("\">\n")
                .append("<div class=\"buttons-container\"><div class=\"buttons\">")
                .append("<input class=\"aui-button aui-button-primary\" type=\"submit\" id=\"websudo-submit\" value=\"")
                .append(HostText.get(locale, "websudo.submit")).append("\"></div></div>\n</form>\n");
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(chrome.page(request, HostChrome.Decorator.GENERAL,
                HostText.get(locale, "websudo.title"), "", body.toString()));
    }
}
