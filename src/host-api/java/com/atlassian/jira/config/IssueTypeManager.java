package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;

/**
 * Host declaration (compile only): creates and reads issue types; only the members the plugin calls (no checked exceptions).
 * Mirrors jira-api (interface since 5.0, createIssueType(String,String,Long) since 6.3; public jira-api source in the code index); imported as a Jira 11.0.0 component by atlassian-slack-integration-server ComponentImports.
 */
public interface IssueTypeManager {
    /** Creates a non-subtask issue type and adds it to the default issue type scheme; avatarId must not be null. */
    IssueType createIssueType(String name, String description, Long avatarId);

    /** All issue types, sub-task types included. */
    Collection<IssueType> getIssueTypes();

    IssueType getIssueType(String id);
}
