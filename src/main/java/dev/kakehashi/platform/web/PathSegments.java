package dev.kakehashi.platform.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** The segment of a page's address that names what the page shows, such as the key in {@code …/communities/<key>}. */
public final class PathSegments {
    private PathSegments() {
    }

    /**
     * The decoded segment that follows {@code prefix} in {@code uri}, up to the next slash; empty when the address has
     * no such segment. A segment that is not valid percent-encoding is returned as written, so that it names nothing.
     */
    public static String after(String uri, String prefix) {
        if (uri == null) {
            return "";
        }
        int at = uri.indexOf(prefix);
        if (at < 0) {
            return "";
        }
        String rest = uri.substring(at + prefix.length());
        int end = rest.indexOf('/');
        String segment = end < 0 ? rest : rest.substring(0, end);
        try {
            return URLDecoder.decode(segment, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }
}
