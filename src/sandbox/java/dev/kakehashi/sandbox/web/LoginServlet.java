package dev.kakehashi.sandbox.web;

import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.RequestContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The product's login page ({@code /login.jsp} in Jira, {@code /login.action} in Confluence) with the hosts' field
 * names and ids; after login it returns to {@code os_destination} when that stays inside the product.
 */
public final class LoginServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient DemoDirectory directory;
    private final transient HostChrome chrome;

    public LoginServlet(DemoDirectory directory, HostChrome chrome) {
        this.directory = directory;
        this.chrome = chrome;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        show(request, response, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<DemoUser> user = directory.authenticate(request.getParameter("os_username"),
                request.getParameter("os_password"));
        if (user.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            show(request, response, true);
            return;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(AuthFilter.SESSION_USER, user.get().username());
        response.sendRedirect(SafeRedirect.target(request, request.getParameter("os_destination"),
                chrome.product().homePath()));
    }

    private void show(HttpServletRequest request, HttpServletResponse response, boolean failed) throws IOException {
        Locale locale = RequestContext.currentLocale();
        Product product = chrome.product();
        String destination = request.getParameter("os_destination");
        StringBuilder body = new StringBuilder("<h1>").append(HostText.get(locale, "login.title")).append("</h1>\n");
        if (failed) {
            body.append("<div class=\"aui-message aui-message-error\" id=\"login-error\">")
                    .append(HostText.get(locale, "login.failed")).append("</div>\n");
        }
        body.append("<form class=\"aui\" id=\"login-form\" method=\"post\" action=\"")
                .append(Html.text(request.getContextPath() + product.loginPath())).append("\">\n")
                .append(field(locale, "login-form-username", "os_username", "text", "username",
                        failed ? request.getParameter("os_username") : null))
                .append(field(locale, "login-form-password", "os_password", "password", "current-password", null))
                .append("<input type=\"hidden\" name=\"os_destination\" value=\"").append(Html.text(destination))
                .append("\">\n<div class=\"buttons-container\"><div class=\"buttons\">")
                .append("<input class=\"aui-button aui-button-primary\" type=\"submit\" id=\"login-form-submit\" value=\"")
                .append(HostText.get(locale, "login.submit")).append("\"></div></div>\n</form>\n")
                .append("<p class=\"description\">").append(Html.text(HostText.get(locale, "login.hint"))).append("</p>\n");
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(chrome.page(request, HostChrome.Decorator.GENERAL,
                HostText.get(locale, "login.title"), "", body.toString()));
    }

    private static String field(Locale locale, String id, String name, String type, String autocomplete, String value) {
        String labelKey = type.equals("password") ? "login.password" : "login.username";
        return "<div class=\"field-group\"><label for=\"" + id + "\">" + HostText.get(locale, labelKey)
                + "</label><input class=\"text\" type=\"" + type + "\" id=\"" + id + "\" name=\"" + name
                + "\" autocomplete=\"" + autocomplete + "\"" + (value == null ? "" : " value=\"" + Html.text(value) + "\"")
                + "></div>\n";
    }
}
