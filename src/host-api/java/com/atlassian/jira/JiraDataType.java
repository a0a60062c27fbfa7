package com.atlassian.jira;

/**
 * Host declaration (compile only): the data type a JQL function produces; no members the plugin calls.
 * Mirrors jira-api (returned by JqlFunction#getDataType in codescape/jira-scrum-poker, Jira 11.3.1).
 */
public interface JiraDataType {
}
