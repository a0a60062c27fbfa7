package dev.kakehashi.sandbox.web;

import dev.kakehashi.sandbox.host.RequestContext;
import dev.kakehashi.sandbox.rest.ErrorBody;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The error page of every status the sandbox or the plugin sends with {@code sendError}: JSON under {@code /rest/},
 * an escaped host page elsewhere.
 */
public final class ErrorServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient HostChrome chrome;

    public ErrorServlet(HostChrome chrome) {
        this.chrome = chrome;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object given = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        Locale locale = RequestContext.currentLocale();
        String message = given instanceof String s && !s.isBlank() ? s : defaultMessage(locale, status);
        response.setStatus(status);
        if (String.valueOf(uri).startsWith(request.getContextPath() + "/rest/")) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(ErrorBody.json(status, message));
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        String body = "<h1>" + status + " " + HostText.get(locale, "error.title") + "</h1>\n"
                + "<div class=\"aui-message aui-message-error\" id=\"sandbox-error\">" + Html.text(message) + "</div>\n";
        response.getWriter().write(chrome.page(request, HostChrome.Decorator.GENERAL,
                status + " " + HostText.get(locale, "error.title"), "", body));
    }

    private static String defaultMessage(Locale locale, int status) {
        return switch (status) {
            case 403 -> HostText.get(locale, "error.forbidden");
            case 404 -> HostText.get(locale, "error.notFound");
            default -> "HTTP " + status;
        };
    }
}
