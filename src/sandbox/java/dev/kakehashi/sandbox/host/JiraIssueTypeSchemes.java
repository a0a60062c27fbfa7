package dev.kakehashi.sandbox.host;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Jira's {@link IssueTypeSchemeManager}, kept in {@code SANDBOX_ISSUE_TYPE_SCHEME} and
 * {@code SANDBOX_SCHEME_ISSUE_TYPE}: the default scheme (Task, Bug, Story and every type created later), used by
 * DEMO, and "COLLAB: 課題タイプスキーム" (Task only at first), used by COLLAB. {@code update} replaces a scheme's
 * list of types. Not emulated: creating, deleting or associating schemes, default issue types, sub-task rules.
 */
public final class JiraIssueTypeSchemes implements IssueTypeSchemeManager {
    public static final Long DEFAULT_SCHEME_ID = 10000L;
    public static final Long COLLAB_SCHEME_ID = 10100L;
    private static final String INSERT_OPTION = "INSERT INTO SANDBOX_SCHEME_ISSUE_TYPE (SCHEME_ID, ISSUE_TYPE_ID, "
            + "SEQUENCE) VALUES (?, ?, ?)";

    private final JiraDatabase database;
    private final JiraIssueTypes issueTypes;
    private final JiraProjects projects;

    public JiraIssueTypeSchemes(JiraDatabase database, JiraIssueTypes issueTypes, JiraProjects projects) {
        this.database = database;
        this.issueTypes = issueTypes;
        this.projects = projects;
        database.createTable("SANDBOX_ISSUE_TYPE_SCHEME", "ID BIGINT PRIMARY KEY, NAME VARCHAR(255) NOT NULL, "
                + "IS_DEFAULT BOOLEAN NOT NULL");
        database.createTable("SANDBOX_SCHEME_ISSUE_TYPE", "SCHEME_ID BIGINT NOT NULL, "
                + "ISSUE_TYPE_ID VARCHAR(40) NOT NULL, SEQUENCE INT NOT NULL, PRIMARY KEY (SCHEME_ID, ISSUE_TYPE_ID)");
        if (database.number("SELECT COUNT(*) FROM SANDBOX_ISSUE_TYPE_SCHEME") == 0) {
            database.update("INSERT INTO SANDBOX_ISSUE_TYPE_SCHEME (ID, NAME, IS_DEFAULT) VALUES (?, ?, TRUE)",
                    DEFAULT_SCHEME_ID, "Default Issue Type Scheme");
            database.update("INSERT INTO SANDBOX_ISSUE_TYPE_SCHEME (ID, NAME, IS_DEFAULT) VALUES (?, ?, FALSE)",
                    COLLAB_SCHEME_ID, "COLLAB: 課題タイプスキーム");
            replace(DEFAULT_SCHEME_ID, List.of(JiraIssueTypes.TASK, JiraIssueTypes.BUG, JiraIssueTypes.STORY));
            replace(COLLAB_SCHEME_ID, List.of(JiraIssueTypes.TASK));
        }
        issueTypes.whenCreated(this::addOptionToDefault);
    }

    @Override
    public FieldConfigScheme getConfigScheme(Project project) {
        return project == null ? null : schemeOf(project).orElse(null);
    }

    @Override
    public Collection<IssueType> getIssueTypesForProject(Project project) {
        return new ArrayList<>(offered(project));
    }

    /** The types the project's scheme offers, in the scheme's order; empty for an unknown project. */
    public List<JiraIssueType> offered(Project project) {
        return project == null ? List.of() : schemeOf(project).map(s -> typesOf(s.id())).orElse(List.of());
    }

    /** Replaces the scheme's types with these ids (in this order); unknown ids are refused. */
    @Override
    public synchronized FieldConfigScheme update(FieldConfigScheme configScheme, Collection<String> optionIds) {
        JiraIssueTypeScheme scheme = byId(configScheme == null ? null : configScheme.getId())
                .orElseThrow(() -> new IllegalArgumentException("Unknown issue type scheme " + configScheme));
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(optionIds));
        for (String id : ids) {
            if (issueTypes.byId(id).isEmpty()) {
                throw new IllegalArgumentException("Unknown issue type id " + id);
            }
        }
        replace(scheme.id(), ids);
        return scheme;
    }

    @Override
    public synchronized void addOptionToDefault(String id) {
        if (issueTypes.byId(id).isEmpty()) {
            throw new IllegalArgumentException("Unknown issue type id " + id);
        }
        List<String> ids = typesOf(DEFAULT_SCHEME_ID).stream().map(IssueType::getId).toList();
        if (!ids.contains(id)) {
            database.update(INSERT_OPTION,
                    DEFAULT_SCHEME_ID, id, ids.size());
        }
    }

    @Override
    public boolean isDefaultIssueTypeScheme(FieldConfigScheme configScheme) {
        return configScheme != null && DEFAULT_SCHEME_ID.equals(configScheme.getId());
    }

    @Override
    public FieldConfigScheme getDefaultIssueTypeScheme() {
        return byId(DEFAULT_SCHEME_ID).orElseThrow();
    }

    private Optional<JiraIssueTypeScheme> schemeOf(Project project) {
        return projects.byId(project.getId())
                .flatMap(p -> byId(p.issueTypeSchemeId() == null ? DEFAULT_SCHEME_ID : p.issueTypeSchemeId()));
    }

    private Optional<JiraIssueTypeScheme> byId(Long id) {
        return database.query("SELECT ID, NAME, IS_DEFAULT FROM SANDBOX_ISSUE_TYPE_SCHEME WHERE ID = ?",
                r -> new JiraIssueTypeScheme(r.getLong(1), r.getString(2), r.getBoolean(3)), id).stream().findFirst();
    }

    private List<JiraIssueType> typesOf(Long schemeId) {
        return database.query("SELECT ISSUE_TYPE_ID FROM SANDBOX_SCHEME_ISSUE_TYPE WHERE SCHEME_ID = ? "
                + "ORDER BY SEQUENCE", r -> r.getString(1), schemeId).stream().flatMap(id -> issueTypes.byId(id).stream()).toList();
    }

    private void replace(Long schemeId, List<String> ids) {
        database.update("DELETE FROM SANDBOX_SCHEME_ISSUE_TYPE WHERE SCHEME_ID = ?", schemeId);
        for (int i = 0; i < ids.size(); i++) {
            database.update(INSERT_OPTION,
                    schemeId, ids.get(i), i);
        }
    }
}
