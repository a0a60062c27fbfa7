package dev.kakehashi.sandbox.host;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.ConfluenceUser;
import dev.kakehashi.sandbox.demo.DemoPage;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Confluence's {@link PageManager} over {@code SANDBOX_PAGE}: the demo pages (ids 65537 … 65543, seeded on first
 * start) and the pages created at run time (ids from 65600). Pages are edited in place: the row keeps the latest
 * storage format, a version number counting saves and the last modifier; earlier versions are not kept. Titles are
 * unique within a space, as in Confluence. Lookups answer whoever asks (the host does not check permissions here
 * either) and return null for an unknown id.
 */
public final class ConfluencePages implements PageManager {
    /** The longest title Confluence accepts. */
    public static final int TITLE_MAX = 255;
    /** The sandbox's limit for a page body. */
    public static final int STORAGE_MAX = 1_000_000;
    static final long FIRST_CREATED_ID = 65600;
    private static final String COLUMNS = "ID, SPACE_KEY, TITLE, CREATOR_KEY, LAST_MODIFIER_KEY, RESTRICTED_TO, "
            + "STORAGE, VERSION, CREATED, LAST_MODIFIED, PARENT_ID";
    private static final String INSERT = "INSERT INTO SANDBOX_PAGE (" + COLUMNS + ") "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final ConfluenceDatabase database;
    private final DemoDirectory directory;
    private final ConfluenceSpaces spaces;

    public ConfluencePages(ConfluenceDatabase database, DemoDirectory directory, ConfluenceSpaces spaces) {
        this.database = database;
        this.directory = directory;
        this.spaces = spaces;
        database.createTable("SANDBOX_PAGE", "ID BIGINT PRIMARY KEY, SPACE_KEY VARCHAR(255) NOT NULL, "
                + "TITLE VARCHAR(255) NOT NULL, CREATOR_KEY VARCHAR(255), LAST_MODIFIER_KEY VARCHAR(255), "
                + "RESTRICTED_TO VARCHAR(255) NOT NULL, STORAGE VARCHAR(" + STORAGE_MAX + ") NOT NULL, "
                + "VERSION INTEGER NOT NULL, CREATED TIMESTAMP NOT NULL, LAST_MODIFIED TIMESTAMP NOT NULL, "
                + "UNIQUE (SPACE_KEY, TITLE)");
        database.update("ALTER TABLE SANDBOX_PAGE ADD COLUMN IF NOT EXISTS PARENT_ID BIGINT DEFAULT 0 NOT NULL");
        for (DemoPage demo : DemoPage.all()) {
            if (database.number("SELECT COUNT(*) FROM SANDBOX_PAGE WHERE ID = ?", demo.id()) == 0) {
                String creator = directory.byUsername(demo.creator()).map(DemoUser::key).orElse(null);
                Timestamp now = Timestamp.from(Instant.now());
                database.update(INSERT, demo.id(), demo.spaceKey(), demo.title(), creator, creator,
                        String.join(",", demo.restrictedTo()), demo.storage(), 1, now, now, 0L);
            }
        }
    }

    @Override
    public AbstractPage getAbstractPage(long id) {
        return byId(id).orElse(null);
    }

    public Optional<ConfluencePage> byId(long id) {
        return one("WHERE ID = ?", id);
    }

    /** The page with this title in this space (titles are unique per space). */
    public Optional<ConfluencePage> find(String spaceKey, String title) {
        List<ConfluencePage> found = database.query("SELECT " + COLUMNS + " FROM SANDBOX_PAGE WHERE SPACE_KEY = ? "
                + "AND TITLE = ?", this::page, spaceKey, title);
        return found.stream().findFirst();
    }

    /** Every page, by id (the seeded pages first, in sidebar order). */
    public List<ConfluencePage> all() {
        return database.query("SELECT " + COLUMNS + " FROM SANDBOX_PAGE ORDER BY ID", this::page);
    }

    /** The pages of one space, by id. */
    public List<ConfluencePage> inSpace(String spaceKey) {
        return database.query("SELECT " + COLUMNS + " FROM SANDBOX_PAGE WHERE SPACE_KEY = ? ORDER BY ID", this::page,
                spaceKey);
    }

    /**
     * Stores a new page (version 1) with the next id; permissions are the caller's business.
     *
     * @throws PageRefused when the space does not exist, the title is blank, too long or taken in the space, or the
     *                     body is too long
     */
    public ConfluencePage create(String spaceKey, String title, String storage, String creatorKey) {
        return create(spaceKey, title, storage, creatorKey, 0);
    }

    /** Stores a new page as a child of another (0: at the top of the space). */
    public synchronized ConfluencePage create(String spaceKey, String title, String storage, String creatorKey,
                                              long parentId) {
        if (spaces.byKey(spaceKey).isEmpty()) {
            throw new PageRefused("space", "No space " + spaceKey);
        }
        String checked = checkTitle(spaceKey, title, 0);
        Timestamp now = Timestamp.from(Instant.now());
        long id = database.insertWithNextId("SANDBOX_PAGE", FIRST_CREATED_ID, INSERT, spaceKey, checked, creatorKey,
                creatorKey, "", checkStorage(storage), 1, now, now, parentId);
        return byId(id).orElseThrow();
    }

    /**
     * Saves a new title and body as the next version.
     *
     * @param seenVersion the version the editor started from; another save in between refuses this one
     * @throws PageRefused when the page does not exist, the title is wrong or taken, or the version is stale
     */
    public synchronized ConfluencePage save(long id, String title, String storage, String modifierKey,
                                            int seenVersion) {
        ConfluencePage page = byId(id).orElseThrow(() -> new PageRefused("page", "No page " + id));
        String checked = checkTitle(page.getSpaceKey(), title, id);
        if (page.version() != seenVersion) {
            throw new PageRefused("version", "The page was changed by someone else (version " + page.version()
                    + ", the editor started from version " + seenVersion + ")");
        }
        database.update("UPDATE SANDBOX_PAGE SET TITLE = ?, STORAGE = ?, LAST_MODIFIER_KEY = ?, VERSION = ?, "
                + "LAST_MODIFIED = ? WHERE ID = ?", checked, checkStorage(storage), modifierKey, page.version() + 1,
                Timestamp.from(Instant.now()), id);
        return byId(id).orElseThrow();
    }

    private String checkTitle(String spaceKey, String title, long exceptId) {
        String checked = title == null ? "" : title.strip();
        if (checked.isEmpty()) {
            throw new PageRefused("title.blank", "A page needs a title");
        }
        if (checked.length() > TITLE_MAX) {
            throw new PageRefused("title.long", "A title has at most " + TITLE_MAX + " characters");
        }
        if (find(spaceKey, checked).filter(p -> p.getId() != exceptId).isPresent()) {
            throw new PageRefused("title.taken", "A page with this name already exists in this space");
        }
        return checked;
    }

    private static String checkStorage(String storage) {
        String checked = storage == null ? "" : storage;
        if (checked.length() > STORAGE_MAX) {
            throw new PageRefused("content.long", "The page is too long");
        }
        return checked;
    }

    private Optional<ConfluencePage> one(String where, Object parameter) {
        return database.query("SELECT " + COLUMNS + " FROM SANDBOX_PAGE " + where, this::page, parameter).stream()
                .findFirst();
    }

    private ConfluencePage page(ResultSet r) throws SQLException {
        String spaceKey = r.getString("SPACE_KEY");
        ConfluenceSpace space = spaces.byKey(spaceKey).orElseThrow(() -> new IllegalStateException(
                "SANDBOX_PAGE row in an unknown space " + spaceKey));
        String restricted = r.getString("RESTRICTED_TO");
        Set<String> groups = restricted.isEmpty() ? Set.of()
                : Arrays.stream(restricted.split(",")).collect(Collectors.toUnmodifiableSet());
        return new ConfluencePage(r.getLong("ID"), space, r.getString("TITLE"), user(r.getString("CREATOR_KEY")),
                user(r.getString("LAST_MODIFIER_KEY")), groups, r.getString("STORAGE"), r.getInt("VERSION"),
                r.getTimestamp("CREATED").toInstant(), r.getTimestamp("LAST_MODIFIED").toInstant(), r.getLong("PARENT_ID"));
    }

    private ConfluenceUser user(String key) {
        return directory.byKey(key).map(ConfluenceUserOf::new).orElse(null);
    }

    /**
     * A page could not be stored; {@code reason} says why: {@code space}, {@code page} (none with that id),
     * {@code title.blank}, {@code title.long}, {@code title.taken}, {@code version} (someone saved in between),
     * {@code content.long}.
     */
    public static final class PageRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        PageRefused(String reason, String message) {
            super(message);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
