package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;

import java.util.Collection;

/**
 * Host declaration (compile only): issue type schemes; only the members the plugin calls (update takes a raw Collection of issue type ids in the source).
 * Mirrors jira-api (public jira-api source in the code index, Jira 6.x; same calls in Jira 7+ plugins); Jira 11 unverified.
 */
public interface IssueTypeSchemeManager {
    FieldConfigScheme getConfigScheme(Project project);

    Collection<IssueType> getIssueTypesForProject(Project project);

    FieldConfigScheme update(FieldConfigScheme configScheme, Collection<String> optionIds);

    void addOptionToDefault(String id);

    boolean isDefaultIssueTypeScheme(FieldConfigScheme configScheme);

    FieldConfigScheme getDefaultIssueTypeScheme();
}
