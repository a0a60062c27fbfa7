package dev.kakehashi.sandbox.host;

import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import dev.kakehashi.sandbox.demo.DemoIssue;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Jira's {@link IssueManager} over {@code SANDBOX_ISSUE}: the demo issues DEMO-1 … DEMO-5 (ids 10000 … 10004, seeded
 * on first start) and the issues created at run time (ids from 10100, keys numbered per project). Lookups answer
 * whoever asks (the host does not check permissions here either) and return null for an unknown key or id.
 */
public final class JiraIssues implements IssueManager {
    /** The status of a new issue. */
    public static final String STATUS_OPEN = "未着手";
    /** The status of a resolved issue. */
    public static final String STATUS_DONE = "完了";
    static final long FIRST_CREATED_ID = 10100;
    private static final String COLUMNS = "ID, ISSUE_KEY, PROJECT_ID, ISSUE_TYPE_ID, SUMMARY, DESCRIPTION, "
            + "REPORTER_KEY, ASSIGNEE_KEY, STATUS, RESOLUTION_DATE, RESTRICTED_TO";
    private static final String INSERT = "INSERT INTO SANDBOX_ISSUE (" + COLUMNS + ", ISSUE_NUM, CREATED) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JiraDatabase database;
    private final JiraProjects projects;
    private final JiraIssueTypes issueTypes;

    public JiraIssues(JiraDatabase database, DemoDirectory directory, JiraProjects projects,
                      JiraIssueTypes issueTypes) {
        this.database = database;
        this.projects = projects;
        this.issueTypes = issueTypes;
        database.createTable("SANDBOX_ISSUE", "ID BIGINT PRIMARY KEY, ISSUE_KEY VARCHAR(255) NOT NULL UNIQUE, "
                + "PROJECT_ID BIGINT NOT NULL, ISSUE_NUM BIGINT NOT NULL, ISSUE_TYPE_ID VARCHAR(40) NOT NULL, "
                + "SUMMARY VARCHAR(255) NOT NULL, DESCRIPTION VARCHAR(32000) NOT NULL, REPORTER_KEY VARCHAR(255), "
                + "ASSIGNEE_KEY VARCHAR(255), STATUS VARCHAR(60) NOT NULL, RESOLUTION_DATE TIMESTAMP, "
                + "RESTRICTED_TO VARCHAR(255) NOT NULL, CREATED TIMESTAMP NOT NULL");
        for (DemoIssue demo : DemoIssue.all()) {
            if (database.number("SELECT COUNT(*) FROM SANDBOX_ISSUE WHERE ID = ?", demo.id()) == 0) {
                Timestamp now = Timestamp.from(Instant.now());
                database.update(INSERT, demo.id(), demo.key(), JiraProjects.DEMO.id(), demo.issueTypeId(), demo.summary(), demo.description(), keyOf(directory, demo.reporter()),
                        keyOf(directory, demo.assignee()), demo.status(), demo.resolved() ? now : null,
                        String.join(",", demo.restrictedTo()), demo.number(), now);
            }
        }
    }

    private static String keyOf(DemoDirectory directory, String username) {
        return directory.byUsername(username).map(DemoUser::key).orElse(null);
    }

    @Override
    public MutableIssue getIssueObject(String key) {
        return byKey(key);
    }

    @Override
    public MutableIssue getIssueObject(Long id) {
        return byId(id);
    }

    @Override
    public java.util.List<com.atlassian.jira.issue.Issue> getIssueObjects(java.util.Collection<Long> ids) {
        java.util.List<com.atlassian.jira.issue.Issue> found = new java.util.ArrayList<>();
        for (Long id : ids) {
            JiraIssue issue = byId(id);
            if (issue != null) {
                found.add(issue);
            }
        }
        return found;
    }

    /** The issue with this key (ignoring case, as Jira), or null. */
    public JiraIssue byKey(String key) {
        if (key == null) {
            return null;
        }
        return one("WHERE ISSUE_KEY = ?", key.strip().toUpperCase(Locale.ROOT));
    }

    public JiraIssue byId(Long id) {
        return id == null ? null : one("WHERE ID = ?", id);
    }

    /** Every issue, by project and then by number. */
    public List<JiraIssue> all() {
        return database.query("SELECT " + COLUMNS + " FROM SANDBOX_ISSUE ORDER BY PROJECT_ID, ISSUE_NUM", this::issue);
    }

    /** How many issues the project has. */
    public long countIn(JiraProject project) {
        return database.number("SELECT COUNT(*) FROM SANDBOX_ISSUE WHERE PROJECT_ID = ?", project.id());
    }

    /** Stores a new unresolved issue with the next id and the project's next key; called by the issue service. */
    synchronized JiraIssue create(JiraProject project, JiraIssueType type, String summary, String description,
                                  String reporterKey, String assigneeKey) {
        long id = Math.max(FIRST_CREATED_ID, database.number("SELECT COALESCE(MAX(ID), 0) FROM SANDBOX_ISSUE") + 1);
        long number = database.number("SELECT COALESCE(MAX(ISSUE_NUM), 0) FROM SANDBOX_ISSUE WHERE PROJECT_ID = ?",
                project.id()) + 1;
        String key = project.key() + "-" + number;
        database.update(INSERT, id, key, project.id(), type.getId(), summary,
                description == null ? "" : description, reporterKey, assigneeKey, STATUS_OPEN, null, "", number,
                Timestamp.from(Instant.now()));
        return byId(id);
    }

    /** Deletes the issue as Jira's {@code deleteIssueNoEvent} does: no events, no emails. */
    @Override
    public synchronized void deleteIssueNoEvent(Issue issue) throws RemoveException {
        if (issue == null || issue.getId() == null || byId(issue.getId()) == null) {
            throw new RemoveException("No such issue");
        }
        database.update("DELETE FROM SANDBOX_ISSUE WHERE ID = ?", issue.getId());
    }

    /** Lets only members of these groups (and administrators) browse the issue, as an issue security level would. */
    public synchronized JiraIssue restrict(Long id, java.util.Set<String> groups) {
        database.update("UPDATE SANDBOX_ISSUE SET RESTRICTED_TO = ? WHERE ID = ?",
                String.join(",", new java.util.TreeSet<>(groups)), id);
        return byId(id);
    }

        /** Resolves the issue now (status 完了); an issue already resolved keeps its date. Null for an unknown id. */
    public synchronized JiraIssue resolve(Long id) {
        database.update("UPDATE SANDBOX_ISSUE SET STATUS = ?, RESOLUTION_DATE = ? "
                + "WHERE ID = ? AND RESOLUTION_DATE IS NULL", STATUS_DONE, Timestamp.from(Instant.now()), id);
        return byId(id);
    }

    private JiraIssue one(String where, Object parameter) {
        List<JiraIssue> found = database.query("SELECT " + COLUMNS + " FROM SANDBOX_ISSUE " + where, this::issue,
                parameter);
        return found.isEmpty() ? null : found.get(0);
    }

    private JiraIssue issue(ResultSet r) throws SQLException {
        JiraProject project = projects.byId(r.getLong("PROJECT_ID")).orElseThrow(() -> new IllegalStateException(
                "SANDBOX_ISSUE row with an unknown project"));
        String typeId = r.getString("ISSUE_TYPE_ID");
        JiraIssueType type = issueTypes.byId(typeId).orElseThrow(() -> new IllegalStateException(
                "SANDBOX_ISSUE row with an unknown issue type " + typeId));
        String restricted = r.getString("RESTRICTED_TO");
        Set<String> groups = restricted.isEmpty() ? Set.of()
                : Arrays.stream(restricted.split(",")).collect(Collectors.toUnmodifiableSet());
        return new JiraIssue(r.getLong("ID"), r.getString("ISSUE_KEY"), project, type, r.getString("SUMMARY"),
                r.getString("DESCRIPTION"), r.getString("REPORTER_KEY"), r.getString("ASSIGNEE_KEY"),
                r.getString("STATUS"), r.getTimestamp("RESOLUTION_DATE"), groups);
    }
}
