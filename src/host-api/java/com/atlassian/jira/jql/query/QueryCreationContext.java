package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Host declaration (compile only): who runs a JQL search; only the members the plugin calls.
 * Mirrors jira-api (public Jira 6.1+ source in the code index, com/atlassian/jira/jql/query/QueryCreationContext.java); Jira 11 unverified.
 */
public interface QueryCreationContext {
    /** The searcher, or null for anonymous. */
    ApplicationUser getApplicationUser();

    /** True when permission checks must be skipped (administrative searches). */
    boolean isSecurityOverriden();
}
