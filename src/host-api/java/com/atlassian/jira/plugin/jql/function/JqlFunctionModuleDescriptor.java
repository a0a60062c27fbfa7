package com.atlassian.jira.plugin.jql.function;

/**
 * Host declaration (compile only): the descriptor passed to JqlFunction#init; no members the plugin calls (the real interface extends JiraResourcedModuleDescriptor&lt;JqlFunction&gt;).
 * Mirrors jira-api (public Jira source in the code index, com/atlassian/jira/plugin/jql/function/JqlFunctionModuleDescriptor.java; an interface since Jira 4.3).
 */
public interface JqlFunctionModuleDescriptor {
}
