package dev.kakehashi.sandbox.web;

import dev.kakehashi.sandbox.Product;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /sandbox/lang?lang=ja|en&returnUrl=…}: switches the language of this browser, which the hosts would take
 * from the user's profile.
 */
public final class LanguageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final Product product;

    public LanguageServlet(Product product) {
        this.product = product;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = request.getParameter("lang");
        if (!AuthFilter.isLanguage(lang)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "lang must be ja or en");
            return;
        }
        Cookie cookie = new Cookie(AuthFilter.LANGUAGE_COOKIE, lang);
        cookie.setPath(request.getContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.sendRedirect(SafeRedirect.target(request, request.getParameter("returnUrl"), product.homePath()));
    }
}
