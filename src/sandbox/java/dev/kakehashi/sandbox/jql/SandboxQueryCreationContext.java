package dev.kakehashi.sandbox.jql;

import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Who runs a search, as Jira tells a JQL function: the searcher (null: anonymous); the navigator never overrides
 * security.
 */
public record SandboxQueryCreationContext(ApplicationUser getApplicationUser, boolean isSecurityOverriden)
        implements QueryCreationContext {
}
