package com.atlassian.jira;

/**
 * Host declaration (compile only): the known JQL data types; only the constant the plugin uses (a static field, not a compile-time constant).
 * Mirrors jira-api (public Jira source in the code index, com/atlassian/jira/JiraDataTypes.java: final class); JiraDataTypes.ISSUE used in Jira 11.3.1 by codescape/jira-scrum-poker.
 */
public final class JiraDataTypes {
    public static final JiraDataType ISSUE = new JiraDataType() {
        @Override
        public String toString() {
            return "ISSUE";
        }
    };

    private JiraDataTypes() {
    }
}
