package com.atlassian.query.operand;

/**
 * Host declaration (compile only): the right-hand side of a JQL clause; only the members the plugin calls.
 * Mirrors jira-api (atlassian-query; public Jira source in the code index: FunctionOperand implements Operand); Jira 11 unverified.
 */
public interface Operand {
    String getName();
}
