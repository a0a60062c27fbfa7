package com.atlassian.query.clause;

/**
 * Host declaration (compile only): a JQL leaf clause (field, operator, operand); no members the plugin calls.
 * Mirrors jira-api (atlassian-query; JqlFunction signatures in codescape/jira-scrum-poker, Jira 11.3.1).
 */
public interface TerminalClause {
}
