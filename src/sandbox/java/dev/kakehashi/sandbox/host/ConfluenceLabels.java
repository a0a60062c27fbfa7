package dev.kakehashi.sandbox.host;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Confluence's labels on pages ({@code SANDBOX_LABEL}): global labels, lower-cased, checked as Confluence's label
 * parser checks them (at most 255 characters, none of {@code : ; , . ? & [ ] ( ) # ^ * @ ! < >} or white space).
 * Confluence's label manager, personal and team labels, label renames and favourites are not emulated.
 */
public final class ConfluenceLabels {
    public static final int NAME_MAX = 255;
    private static final Pattern FORBIDDEN = Pattern.compile("[:;,.?&\\[\\]()#^*@!<>\\s]");

    private final ConfluenceDatabase database;

    public ConfluenceLabels(ConfluenceDatabase database) {
        this.database = database;
        database.createTable("SANDBOX_LABEL", "PAGE_ID BIGINT NOT NULL, NAME VARCHAR(255) NOT NULL, "
                + "PRIMARY KEY (PAGE_ID, NAME)");
    }

    /** The label as Confluence stores it (lower case), or empty when Confluence would refuse it. */
    public static Optional<String> valid(String name) {
        String label = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return label.isEmpty() || label.length() > NAME_MAX || FORBIDDEN.matcher(label).find() ? Optional.empty()
                : Optional.of(label);
    }

    /**
     * Adds a label to a page; false when the page had it already.
     *
     * @throws IllegalArgumentException when Confluence would refuse the label
     */
    public synchronized boolean add(long pageId, String name) {
        String label = valid(name).orElseThrow(() -> new IllegalArgumentException("Not a valid label: " + name));
        if (database.number("SELECT COUNT(*) FROM SANDBOX_LABEL WHERE PAGE_ID = ? AND NAME = ?", pageId, label) > 0) {
            return false;
        }
        database.update("INSERT INTO SANDBOX_LABEL (PAGE_ID, NAME) VALUES (?, ?)", pageId, label);
        return true;
    }

    /** A page's labels, by name. */
    public List<String> of(long pageId) {
        return database.query("SELECT NAME FROM SANDBOX_LABEL WHERE PAGE_ID = ? ORDER BY NAME", r -> r.getString(1),
                pageId);
    }

    /** The ids of the pages with this label, in one space or (space null) every space, oldest first. */
    public List<Long> pages(String spaceKey, String name) {
        String label = valid(name).orElse("");
        return spaceKey == null
                ? database.query("SELECT L.PAGE_ID FROM SANDBOX_LABEL L WHERE L.NAME = ? ORDER BY L.PAGE_ID",
                r -> r.getLong(1), label)
                : database.query("SELECT L.PAGE_ID FROM SANDBOX_LABEL L JOIN SANDBOX_PAGE P ON P.ID = L.PAGE_ID "
                + "WHERE L.NAME = ? AND P.SPACE_KEY = ? ORDER BY L.PAGE_ID", r -> r.getLong(1), label, spaceKey);
    }
}
