package dev.kakehashi.sandbox.host;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Drafts of pages not yet published ({@code SANDBOX_DRAFT}), as Confluence keeps the draft a blueprint creates with
 * {@code create-result="edit"}: its space, title, body, creator, parent, the labels it will carry, and the stored
 * create request (the blueprint and the wizard's context, as JSON) that publishing turns into the page-created event.
 * Only the creator sees a draft. Ids start at 90000. Not emulated: drafts of existing pages, collaborative editing,
 * draft lists, expiry.
 */
public final class ConfluenceDrafts {
    static final long FIRST_ID = 90000;
    private static final String COLUMNS = "ID, SPACE_KEY, TITLE, CREATOR_KEY, PARENT_ID, LABELS, STORAGE, REQUEST, "
            + "CREATED";

    private final ConfluenceDatabase database;

    public ConfluenceDrafts(ConfluenceDatabase database) {
        this.database = database;
        database.createTable("SANDBOX_DRAFT", "ID BIGINT PRIMARY KEY, SPACE_KEY VARCHAR(255) NOT NULL, "
                + "TITLE VARCHAR(255) NOT NULL, CREATOR_KEY VARCHAR(255) NOT NULL, PARENT_ID BIGINT, "
                + "LABELS VARCHAR(4000) NOT NULL, STORAGE VARCHAR(" + ConfluencePages.STORAGE_MAX + ") NOT NULL, "
                + "REQUEST VARCHAR(100000), CREATED TIMESTAMP NOT NULL");
    }

    /** A draft: where it will be published, by whom, with what, and the create request it came from. */
    public record Draft(long id, String spaceKey, String title, String creatorKey, Long parentId, List<String> labels,
                        String storage, String request, Instant created) {
    }

    public synchronized Draft create(String spaceKey, String title, String creatorKey, Long parentId,
                                     List<String> labels, String storage, String request) {
        long id = database.insertWithNextId("SANDBOX_DRAFT", FIRST_ID,
                "INSERT INTO SANDBOX_DRAFT (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", spaceKey,
                title == null ? "" : title, creatorKey, parentId, String.join(" ", labels), storage, request,
                Timestamp.from(Instant.now()));
        return byId(id).orElseThrow();
    }

    public Optional<Draft> byId(long id) {
        return database.query("SELECT " + COLUMNS + " FROM SANDBOX_DRAFT WHERE ID = ?", ConfluenceDrafts::draft, id)
                .stream().findFirst();
    }

    /** The draft if this user created it (only they see it). */
    public Optional<Draft> of(long id, String userKey) {
        return byId(id).filter(d -> d.creatorKey().equals(userKey));
    }

    public void delete(long id) {
        database.update("DELETE FROM SANDBOX_DRAFT WHERE ID = ?", id);
    }

    private static Draft draft(ResultSet r) throws SQLException {
        String labels = r.getString("LABELS");
        long parent = r.getLong("PARENT_ID");
        Long parentId = r.wasNull() ? null : parent;
        return new Draft(r.getLong("ID"), r.getString("SPACE_KEY"), r.getString("TITLE"), r.getString("CREATOR_KEY"),
                parentId, labels.isBlank() ? List.of() : Arrays.asList(labels.split(" ")),
                r.getString("STORAGE"), r.getString("REQUEST"), r.getTimestamp("CREATED").toInstant());
    }
}
