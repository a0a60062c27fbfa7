package dev.kakehashi.knowledge;

/**
 * Escaping for Confluence storage format (XHTML): what the app writes into a page from people's text.
 */
public final class Xhtml {
    private Xhtml() {
    }

    /** Text for element content or an attribute value: {@code & < > " '} escaped, control characters dropped. */
    public static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** Text with its line breaks as {@code <br/>}. */
    public static String lines(String value) {
        return text(value.replace("\r\n", "\n")).replace("\n", "<br/>");
    }

    /** Guidance the editor shows until the author types, and a page view never shows. */
    public static String placeholder(String guidance) {
        return "<ac:placeholder>" + text(guidance) + "</ac:placeholder>";
    }
}
