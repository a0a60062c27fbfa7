package dev.kakehashi.sandbox.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The REST module's XSRF check as atlassian-rest implements it (docs/HOST-FACTS.md §23), for every method that is not
 * a GET:
 * <ol>
 * <li>A request that looks like it comes from a browser (its User-Agent names a browser) must come from the same
 * origin: its {@code Referer} (without the query) or its {@code Origin} has the scheme, host and port of the request,
 * or the origin is a browser extension. Otherwise a POST is refused with 403; a PUT or DELETE is only logged.</li>
 * <li>A request without a content type or with one a plain HTML form can send (form-encoded, multipart, text/plain)
 * must carry {@code X-Atlassian-Token: no-check} (or the deprecated {@code nocheck}). Otherwise a POST is refused
 * with 403; a PUT or DELETE is only logged.</li>
 * </ol>
 * What this leaves through (a PUT from a form, anything with the header) is the app's to refuse, and it does: changes
 * take JSON only. Differences from the host: no CORS allow-list (no origin is trusted but the request's own), a valid
 * {@code atl_token} form parameter does not stand in for the header, and the check runs before the resource method is
 * chosen, so {@code @XsrfProtectionExcluded} is not seen (the app uses none).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class XsrfFilter implements ContainerRequestFilter {
    private static final Logger LOG = Logger.getLogger(XsrfFilter.class.getName());
    private static final Set<String> MUTATIVE = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");
    /** Stands in for the host's user-agent parser: a request is from a browser when its User-Agent names one. */
    private static final List<String> BROWSERS = List.of("Chrome/", "Chromium/", "Firefox/", "Safari/", "MSIE ",
            "Trident/", "Opera", "OPR/", "Edg/");
    private static final Set<String> EXTENSION_SCHEMES = Set.of("chrome-extension", "safari-extension");

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!MUTATIVE.contains(method)) {
            return;
        }
        boolean post = method.equals("POST");
        URI target = request.getUriInfo().getRequestUri();
        if (fromBrowser(request.getHeaderString("User-Agent")) && !sameOrigin(request, target)) {
            if (post) {
                request.abortWith(ErrorBody.response(403, "XSRF check failed"));
                return;
            }
            LOG.warning("XSRF origin check failed but not enforced for " + method + " " + target.getPath());
        }
        if (formLike(request.getMediaType()) && !hasToken(request.getHeaderString("X-Atlassian-Token"))) {
            if (post) {
                request.abortWith(ErrorBody.response(403, "XSRF check failed"));
                return;
            }
            LOG.warning("XSRF token check failed but not enforced for " + method + " " + target.getPath());
        }
    }

    static boolean fromBrowser(String userAgent) {
        return userAgent != null && BROWSERS.stream().anyMatch(userAgent::contains);
    }

    private static boolean sameOrigin(ContainerRequestContext request, URI target) {
        String referer = request.getHeaderString("Referer");
        if (referer != null && sameOrigin(referer.split("\\?", 2)[0], target)) {
            return true;
        }
        String origin = request.getHeaderString("Origin");
        return origin != null && (sameOrigin(origin, target) || extension(origin));
    }

    static boolean sameOrigin(String uri, URI target) {
        try {
            URI other = new URI(uri);
            return other.getScheme() != null && other.getHost() != null
                    && other.getScheme().equalsIgnoreCase(target.getScheme())
                    && other.getHost().equalsIgnoreCase(target.getHost()) && port(other) == port(target);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean extension(String origin) {
        try {
            URI uri = new URI(origin);
            return uri.getScheme() != null && EXTENSION_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && !uri.isOpaque();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static boolean formLike(MediaType type) {
        return type == null || FORM_TYPES.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT));
    }

    private static boolean hasToken(String token) {
        return "no-check".equalsIgnoreCase(token) || "nocheck".equalsIgnoreCase(token);
    }
}
