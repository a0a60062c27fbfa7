package com.atlassian.jira.util;

import java.util.Set;

/**
 * Host declaration (compile only): errors and warnings from JQL validation; only the members the plugin calls.
 * Mirrors jira-api (public Jira source in the code index, com/atlassian/jira/util/MessageSet.java); returned by JqlFunction#validate in codescape/jira-scrum-poker (Jira 11.3.1).
 */
public interface MessageSet {
    void addErrorMessage(String errorMessage);

    Set<String> getErrorMessages();

    boolean hasAnyErrors();
}
