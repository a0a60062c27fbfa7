package dev.kakehashi.sandbox.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * Where a login or language switch may send the browser: only somewhere inside this product, never another site.
 */
public final class SafeRedirect {
    private SafeRedirect() {
    }

    /**
     * The absolute path (with context path) to go to, or the fallback (relative to the context) when the destination
     * is missing or leaves the product. Accepts {@code /x} and {@code /context/x} and same-origin absolute URLs.
     */
    public static String target(HttpServletRequest request, String destination, String fallback) {
        String context = request.getContextPath();
        String path = localPath(request, destination);
        if (path == null) {
            return context + fallback;
        }
        return path.equals(context) || path.startsWith(context + "/") ? path : context + path;
    }

    private static String localPath(HttpServletRequest request, String destination) {
        if (destination == null || destination.isBlank() || destination.indexOf('\\') >= 0
                || destination.contains("/..") || destination.contains("/./")
                || destination.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(destination);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
        if (uri.isOpaque()) {
            return null;
        }
        if (uri.getScheme() != null || uri.getRawAuthority() != null) {
            boolean sameOrigin = request.getScheme().equalsIgnoreCase(uri.getScheme())
                    && request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == (uri.getPort() < 0 ? defaultPort(uri.getScheme()) : uri.getPort());
            if (!sameOrigin) {
                return null;
            }
            String rawPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (!rawPath.startsWith(request.getContextPath() + "/") && !rawPath.equals(request.getContextPath())) {
                return null;
            }
            return rawPath + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }
        String raw = uri.getRawPath();
        if (raw == null || !raw.startsWith("/") || raw.startsWith("//")) {
            return null;
        }
        return destination;
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
