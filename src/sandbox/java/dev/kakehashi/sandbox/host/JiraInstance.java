package dev.kakehashi.sandbox.host;

import dev.kakehashi.sandbox.directory.DemoDirectory;

/**
 * The Jira-only host services of one sandbox Jira, wired together over its database: projects, issue types and
 * their translations, issue type schemes, issues, permissions, issue creation and avatars.
 */
public record JiraInstance(JiraDatabase database, JiraProjects projects, JiraTranslations translations,
                           JiraIssueTypes issueTypes, JiraIssueTypeSchemes schemes, JiraIssues issues,
                           JiraPermissions permissions, JiraIssueService issueService, JiraAvatars avatars,
                           JiraUsers users) {
    /** Opens the services, creating the {@code SANDBOX_} tables and their first rows when absent. */
    public static JiraInstance open(JiraDatabase database, DemoDirectory directory) {
        JiraProjects projects = new JiraProjects();
        JiraTranslations translations = new JiraTranslations(database);
        JiraIssueTypes issueTypes = new JiraIssueTypes(database, translations);
        JiraIssueTypeSchemes schemes = new JiraIssueTypeSchemes(database, issueTypes, projects);
        JiraIssues issues = new JiraIssues(database, directory, projects, issueTypes);
        JiraPermissions permissions = new JiraPermissions(directory, issues, projects);
        JiraIssueService issueService = new JiraIssueService(directory, projects, schemes, issues, permissions);
        return new JiraInstance(database, projects, translations, issueTypes, schemes, issues, permissions,
                issueService, new JiraAvatars(), new JiraUsers(directory));
    }
}
