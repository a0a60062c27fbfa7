package dev.kakehashi.sandbox.host;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Secure administrator sessions: a password confirmation is good for ten minutes in this session; requests with
 * HTTP Basic credentials carry the password anyway and pass.
 */
public final class SessionWebSudoManager implements WebSudoManager {
    /** Session attribute holding the {@link Instant} of the last password confirmation. */
    public static final String MARK = "kakehashi.sandbox.websudo";
    static final Duration LIFETIME = Duration.ofMinutes(10);

    @Override
    public boolean canExecuteRequest(HttpServletRequest request) {
        if (RequestContext.current().map(RequestContext::basicAuthenticated).orElse(false)) {
            return true;
        }
        HttpSession session = request.getSession(false);
        Object mark = session == null ? null : session.getAttribute(MARK);
        return mark instanceof Instant at && at.plus(LIFETIME).isAfter(Instant.now());
    }

    @Override
    public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
        String destination = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            response.sendRedirect(request.getContextPath() + "/sandbox/websudo?os_destination="
                    + URLEncoder.encode(destination, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException {
        if (!canExecuteRequest(request)) {
            throw new WebSudoSessionException("This request needs a secure administrator session (WebSudo)");
        }
    }

    public static void mark(HttpServletRequest request) {
        request.getSession(true).setAttribute(MARK, Instant.now());
    }
}
