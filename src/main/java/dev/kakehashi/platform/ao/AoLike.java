package dev.kakehashi.platform.ao;

/**
 * LIKE patterns that match their text literally: {@code %}, {@code _} and the escape character itself are escaped,
 * with {@code !} as the escape character ({@link #ESCAPE} after the pattern), which means the same on HSQLDB,
 * PostgreSQL, MySQL/MariaDB, Oracle and SQL Server (a backslash would not: MySQL reads it in string literals).
 */
public final class AoLike {
    /** Goes right after {@code LIKE ?}. */
    public static final String ESCAPE = " ESCAPE '!'";

    private AoLike() {
    }

    /** The text with its LIKE wildcards escaped. */
    public static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!' || c == '%' || c == '_') {
                out.append('!');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A pattern matching one entry of a list stored as {@code |a|b|c|}. */
    public static String entryOf(String entry) {
        return "%|" + literal(entry) + "|%";
    }
}
