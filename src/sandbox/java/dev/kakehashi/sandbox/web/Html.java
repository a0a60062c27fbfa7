package dev.kakehashi.sandbox.web;

import dev.kakehashi.sandbox.velocity.HtmlEscapingHandler;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Escaping for the pages the sandbox writes itself: every piece of user or demo data goes through {@link #text}.
 */
public final class Html {
    private Html() {
    }

    /** Text or attribute value, escaped for HTML. */
    public static String text(Object value) {
        return value == null ? "" : HtmlEscapingHandler.escape(String.valueOf(value));
    }

    /** A query parameter value. */
    public static String query(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
