package com.atlassian.jira.issue.watchers;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Host declaration (compile only): Jira's watch lists; only the members the plugin calls.
 * Mirrors jira-api (@PublicApi), docs.atlassian.com/jira/latest/com/atlassian/jira/issue/watchers/WatcherManager.html.
 */
public interface WatcherManager {
    /** Whether the user already watches the issue. */
    boolean isWatching(ApplicationUser user, Issue issue);

    /** Enables watching of the issue for the user; returns the issue. */
    Issue startWatching(ApplicationUser user, Issue issue);
}
