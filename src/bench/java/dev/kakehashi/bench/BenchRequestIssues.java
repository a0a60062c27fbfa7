package dev.kakehashi.bench;

import dev.kakehashi.collaboration.RequestIssues;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jira's issues as the request panel sees them: one issue {@code KH-<id>} for every request of the data set, built
 * from its id as the generator built the request, and every permission granted. Answers from memory, as Jira's issue
 * and permission caches do, so that the only database work measured is the plugin's.
 */
final class BenchRequestIssues implements RequestIssues {
    private static final String PREFIX = RequestData.PROJECT + "-";

    private final int requests;
    /** The issues asked for so far, as Jira's issue cache keeps them. */
    private final Map<Long, IssueRef> cache = new ConcurrentHashMap<>();
    /** Calls into Jira's issues: of one issue, and of many at once (a page of the department's requests). */
    final java.util.concurrent.atomic.AtomicLong single = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong batches = new java.util.concurrent.atomic.AtomicLong();

    BenchRequestIssues(int requests) {
        this.requests = requests;
    }

    static String key(long issueId) {
        return PREFIX + issueId;
    }

    @Override
    public Optional<IssueRef> byKey(String key) {
        if (key == null || !key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return byId(Long.parseLong(key.substring(PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<IssueRef> byId(long id) {
        single.incrementAndGet();
        if (!RequestData.isRequest(id, requests)) {
            return Optional.empty();
        }
        return Optional.of(cache.computeIfAbsent(id, this::issue));
    }

    private IssueRef issue(long id) {
        RequestData.Shape shape = RequestData.of(id, requests);
        return new IssueRef(id, key(id), shape.summary(), RequestData.PROJECT, RequestData.issueTypeId(shape.kind()),
                shape.resolved(), null);
    }

    @Override
    public Map<Long, IssueRef> browsable(java.util.Collection<Long> ids, String userKey) {
        batches.incrementAndGet();
        Map<Long, IssueRef> found = new java.util.LinkedHashMap<>();
        for (Long id : ids) {
            if (RequestData.isRequest(id, requests)) {
                found.put(id, cache.computeIfAbsent(id, this::issue));
            }
        }
        return found;
    }

    @Override
    public boolean canBrowse(IssueRef issue, String userKey) {
        return true;
    }

    @Override
    public boolean canEdit(IssueRef issue, String userKey) {
        return true;
    }

    @Override
    public boolean canAdminister(IssueRef issue, String userKey) {
        return false;
    }

    @Override
    public IssueRef create(String userKey, String projectKey, String issueTypeId, String summary, String description) {
        throw new UnsupportedOperationException("the benchmark only reads");
    }

    @Override
    public void deleteCreated(IssueRef issue) {
        throw new UnsupportedOperationException("the benchmark only reads");
    }
}
