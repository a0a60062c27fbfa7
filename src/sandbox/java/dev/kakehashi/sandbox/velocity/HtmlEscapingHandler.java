package dev.kakehashi.sandbox.velocity;

import java.util.Locale;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * The host's automatic HTML escaping: every inserted reference is escaped unless its name says it already is HTML
 * ({@code $bodyHtml}, {@code $item.renderHtml()}, {@code $xHtmlContent}, {@code $body}, {@code $head}).
 */
public final class HtmlEscapingHandler implements ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null || isHtml(reference)) {
            return value;
        }
        return escape(String.valueOf(value));
    }

    /** Whether the host would insert this reference ({@code $a.b}, {@code $!{a.bHtml()}} …) without escaping. */
    public static boolean isHtml(String reference) {
        String name = lastName(reference);
        return name.toLowerCase(Locale.ROOT).endsWith("html")
                || name.equals("xHtmlContent") || name.equals("body") || name.equals("head");
    }

    private static String lastName(String reference) {
        String r = reference.strip();
        r = r.startsWith("$!") ? r.substring(2) : r.startsWith("$") ? r.substring(1) : r;
        if (r.startsWith("{") && r.endsWith("}")) {
            r = r.substring(1, r.length() - 1);
        }
        int depth = 0;
        StringBuilder outside = new StringBuilder();
        for (char c : r.toCharArray()) {
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0) {
                outside.append(c);
            }
        }
        String path = outside.toString();
        return path.substring(path.lastIndexOf('.') + 1).strip();
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
