package dev.kakehashi.platform.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/** Sends a logged-out visitor of one of the app's pages to the host's login, which brings them back afterwards. */
public final class LoginRedirect {
    private LoginRedirect() {
    }

    public static void toLogin(HttpServletRequest request, HttpServletResponse response, LoginUriProvider logins)
            throws IOException {
        String here = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.sendRedirect(logins.getLoginUri(URI.create(here)).toASCIIString());
    }
}
