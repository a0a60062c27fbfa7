package dev.kakehashi.sandbox.host;

import javax.sql.DataSource;

/**
 * The sandbox Jira's own tables: what Jira keeps in its own schema (issues, issue types, schemes, translations).
 */
public final class JiraDatabase extends HostDatabase {
    public JiraDatabase(DataSource dataSource) {
        super(dataSource, "Jira");
    }
}
