package dev.kakehashi.sandbox.web;

import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.RequestContext;
import dev.kakehashi.sandbox.host.SandboxApplicationLinks;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides who makes each request (HTTP Basic, else the session's login) and in which language, for the host
 * services to read; wrong Basic credentials are refused outright, as the hosts do.
 */
public final class AuthFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** Session attribute holding the logged-in user name. */
    public static final String SESSION_USER = "kakehashi.sandbox.user";
    public static final String LANGUAGE_COOKIE = "kakehashi.lang";

    private final transient DemoDirectory directory;

    public AuthFilter(DemoDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        DemoUser user;
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        String linked = SandboxApplicationLinks.trustedUser(request.getHeader(SandboxApplicationLinks.USER_HEADER),
                request.getHeader(SandboxApplicationLinks.SECRET_HEADER));
        if (linked != null) {
            // A request of the other product's application link, acting for one of the users both products know.
            user = directory.byUsername(linked).orElse(null);
            basic = true;
        } else if (basic) {
            user = basicUser(authorization.substring(6).strip()).orElse(null);
            if (user == null) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setHeader("WWW-Authenticate", "Basic realm=\"sandbox\"");
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write("{\"status\":401,\"message\":\"Wrong user name or password\"}");
                return;
            }
        } else {
            HttpSession session = request.getSession(false);
            Object username = session == null ? null : session.getAttribute(SESSION_USER);
            user = username instanceof String name ? directory.byUsername(name).orElse(null) : null;
        }
        RequestContext.begin(request, user, locale(request, user), basic);
        try {
            chain.doFilter(request, response);
        } finally {
            RequestContext.end();
        }
    }

    private Optional<DemoUser> basicUser(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty()
                : directory.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    static Locale locale(HttpServletRequest request, DemoUser user) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(LANGUAGE_COOKIE) && isLanguage(cookie.getValue())) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        return user != null ? user.locale() : RequestContext.DEFAULT_LOCALE;
    }

    static boolean isLanguage(String value) {
        return "ja".equals(value) || "en".equals(value);
    }
}
