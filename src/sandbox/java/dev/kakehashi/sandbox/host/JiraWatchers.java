package dev.kakehashi.sandbox.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jira's watch lists in the sandbox: user keys per issue id, in the order they started watching, kept in memory (not
 * emulated: the reporter's auto-watch, watching turned off for the instance, Jira's own watch notifications).
 */
public final class JiraWatchers implements WatcherManager {
    private final Map<Long, Set<String>> watchers = new ConcurrentHashMap<>();

    @Override
    public boolean isWatching(ApplicationUser user, Issue issue) {
        return watchers.getOrDefault(issue.getId(), Set.of()).contains(user.getKey());
    }

    @Override
    public synchronized Issue startWatching(ApplicationUser user, Issue issue) {
        watchers.computeIfAbsent(issue.getId(), id -> new LinkedHashSet<>()).add(user.getKey());
        return issue;
    }

    /** The user keys watching the issue, in order. */
    public synchronized List<String> of(long issueId) {
        return List.copyOf(watchers.getOrDefault(issueId, Set.of()));
    }
}
