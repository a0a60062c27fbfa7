package dev.kakehashi.sandbox.host;

import dev.kakehashi.sandbox.directory.DemoUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the host knows about the request the current thread serves: who is calling, in which language, and which
 * web resources the page requires. Set by the authentication filter, read by the host services.
 */
public final class RequestContext {
    /** The language when nothing else decides it. */
    public static final Locale DEFAULT_LOCALE = Locale.JAPANESE;

    private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

    private final HttpServletRequest request;
    private final DemoUser user;
    private final Locale locale;
    private final boolean basicAuthenticated;
    private final List<String> requiredResources = new ArrayList<>();

    private RequestContext(HttpServletRequest request, DemoUser user, Locale locale, boolean basicAuthenticated) {
        this.request = request;
        this.user = user;
        this.locale = locale;
        this.basicAuthenticated = basicAuthenticated;
    }

    /** Starts serving a request on this thread; {@link #end()} must follow. */
    public static RequestContext begin(HttpServletRequest request, DemoUser user, Locale locale, boolean basic) {
        RequestContext context = new RequestContext(request, user, locale, basic);
        CURRENT.set(context);
        return context;
    }

    public static void end() {
        CURRENT.remove();
    }

    public static Optional<RequestContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current request's locale, or the default outside a request. */
    public static Locale currentLocale() {
        return current().map(RequestContext::locale).orElse(DEFAULT_LOCALE);
    }

    public static Optional<DemoUser> currentUser() {
        return current().map(c -> c.user);
    }

    public HttpServletRequest request() {
        return request;
    }

    public Optional<DemoUser> user() {
        return Optional.ofNullable(user);
    }

    public Locale locale() {
        return locale;
    }

    public boolean basicAuthenticated() {
        return basicAuthenticated;
    }

    /** Complete keys ({@code pluginKey:moduleKey}) of the web resources required so far, in order. */
    public List<String> requiredResources() {
        return requiredResources;
    }
}
