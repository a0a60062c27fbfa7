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

    /** A JSON string that is also safe inside a {@code <script>} element. */
    public static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : (value == null ? "" : value).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
