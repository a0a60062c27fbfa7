package dev.kakehashi.sandbox.host;

import javax.sql.DataSource;

/**
 * The sandbox Confluence's own tables: what Confluence keeps in its own schema (pages with their storage format,
 * version and last modifier). Spaces are fixed demo data, not stored.
 */
public final class ConfluenceDatabase extends HostDatabase {
    public ConfluenceDatabase(DataSource dataSource) {
        super(dataSource, "Confluence");
    }
}
