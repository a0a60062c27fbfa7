package dev.kakehashi.sandbox.pages;

import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.RequestContext;
import dev.kakehashi.sandbox.web.HostChrome;
import dev.kakehashi.sandbox.web.Html;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * What the host pages share: who may see them, and writing a page in the host's chrome.
 */
final class HostPage {
    private HostPage() {
    }

    /** The logged-in user, or empty after sending the browser to the login page. */
    static Optional<DemoUser> userOrLogin(HostChrome chrome, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<DemoUser> user = RequestContext.currentUser();
        if (user.isEmpty()) {
            String here = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + chrome.product().loginPath() + "?os_destination="
                    + Html.query(here));
        }
        return user;
    }

    static void write(HttpServletResponse response, String html) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html);
    }
}
