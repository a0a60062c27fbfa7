package dev.kakehashi.sandbox.web;

import dev.kakehashi.sandbox.Product;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends the session's login and goes to the login page.
 */
public final class LogoutServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final Product product;

    public LogoutServlet(Product product) {
        this.product = product;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + product.loginPath());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }
}
