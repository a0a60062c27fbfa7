package dev.kakehashi.knowledge;

import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.platform.Rejection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge-sharing pages: reads what a wizard sent, keeps every page created from the blueprints for the logs
 * (results and learnings, plans, meetings), records a results page on its collaboration request in Jira, and lists a
 * log for a reader, showing only pages they may view.
 */
public class KnowledgeService {
    /** How many store reads one log page may take when many rows are hidden from the reader. */
    static final int LOG_ROUNDS = 4;

    private final KnowledgeStore store;
    private final KnowledgePages pages;
    private final LinkedRequests requests;
    private final DepartmentService departments;
    private final Clock clock;

    public KnowledgeService(KnowledgeStore store, KnowledgePages pages, LinkedRequests requests,
                            DepartmentService departments, Clock clock) {
        this.store = store;
        this.pages = pages;
        this.requests = requests;
        this.departments = departments;
        this.clock = clock;
    }

    /** The draft a wizard's fields make, with today's date and the active departments. */
    public PageDraft draft(KnowledgeKind kind, Map<String, ?> fields) {
        List<String> known = departments.activeNames().stream().map(DepartmentName::key).toList();
        return PageDraft.read(kind, fields, known, LocalDate.now(clock));
    }

    /**
     * A page was created from a blueprint with these wizard fields: keep it for its log and, for a results page that
     * names a request, record it on the request in Jira as its creator (who is the current user). Fields without a
     * known kind are not ours: nothing happens. Creating the same page twice keeps the first.
     */
    public Optional<KnowledgePage> pageCreated(long pageId, String creatorKey, Map<String, ?> fields) {
        KnowledgeKind kind = fields == null ? null : KnowledgeKind.byKey(string(fields.get(WizardFields.KIND)))
                .orElse(null);
        KnowledgePages.PageRef page = kind == null ? null : pages.page(pageId).orElse(null);
        if (page == null) {
            return Optional.empty();
        }
        PageDraft draft = draft(kind, fields);
        boolean recorded = kind == KnowledgeKind.RESULTS && draft.hasRequest();
        KnowledgePage stored = store.insert(new KnowledgePage(0, pageId, page.spaceKey(), kind,
                draft.title().isEmpty() ? page.title() : draft.title(), draft.departments(), draft.requestKey(),
                draft.summary(), draft.date(), creatorKey, clock.instant(), recorded ? LinkState.PENDING
                : LinkState.NONE));
        if (stored.linkState() == LinkState.PENDING) {
            stored = link(stored, page);
        }
        return Optional.of(stored);
    }

    /**
     * Tries again to record a results page on its request, as the caller (its creator, or someone who may edit it).
     *
     * @throws Rejection not found (no such page in the logs, or hidden from the caller), forbidden (may not edit it),
     *                   or invalid when there is nothing to record
     */
    public KnowledgePage retryLink(String callerKey, long pageId) {
        KnowledgePage page = store.find(pageId).orElseThrow(KnowledgeService::notFound);
        KnowledgePages.PageRef ref = pages.visiblePage(pageId, callerKey).orElseThrow(KnowledgeService::notFound);
        if (!mayRetry(page, callerKey)) {
            throw Rejection.forbidden();
        }
        if (!page.linkState().retryable()) {
            throw Rejection.of(Rejection.Reason.INVALID, "pageId", "kakehashi.knowledge.error.nothing.to.record");
        }
        return link(page, ref);
    }

    /** A page of the log for this reader: only pages they may view, newest first. */
    public KnowledgeLog log(String readerKey, KnowledgeQuery query) {
        if (readerKey == null) {
            throw Rejection.unauthenticated();
        }
        if (query.spaceKey() != null && !pages.canViewSpace(query.spaceKey(), readerKey)) {
            return new KnowledgeLog(List.of(), 0);
        }
        List<KnowledgeLog.Entry> entries = new ArrayList<>();
        long cursor = query.before();
        for (int round = 0; round < LOG_ROUNDS; round++) {
            int wanted = query.limit() - entries.size();
            List<KnowledgePage> rows = store.list(query.after(cursor, wanted + 1));
            for (int i = 0; i < rows.size() && entries.size() < query.limit(); i++) {
                KnowledgePage row = rows.get(i);
                cursor = row.id();
                pages.visiblePage(row.pageId(), readerKey).ifPresent(ref -> entries.add(new KnowledgeLog.Entry(row,
                        ref, row.linkState().retryable() && mayRetry(row, readerKey))));
            }
            if (rows.size() <= wanted) {
                return new KnowledgeLog(entries, 0);
            }
            if (entries.size() == query.limit()) {
                break;
            }
        }
        return new KnowledgeLog(entries, cursor);
    }

    /** Where the browser shows a request's issue in Jira; empty when Jira is not linked. */
    public Optional<String> requestUrl(String requestKey) {
        return requestKey == null ? Optional.empty() : requests.issueUrl(requestKey);
    }

    /** The spaces this person may create a knowledge page in. */
    public List<KnowledgePages.SpaceRef> spacesForNewPages(String userKey) {
        return userKey == null ? List.of() : pages.spacesForNewPages(userKey);
    }

    private boolean mayRetry(KnowledgePage page, String userKey) {
        return userKey != null && (userKey.equals(page.creatorKey()) || pages.canEdit(page.pageId(), userKey));
    }

    private KnowledgePage link(KnowledgePage page, KnowledgePages.PageRef ref) {
        LinkState state = requests.record(page.requestKey(), ref.url(), ref.title());
        store.setLinkState(page.pageId(), state);
        return page.withLinkState(state);
    }

    private static String string(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static Rejection notFound() {
        return Rejection.of(Rejection.Reason.NOT_FOUND, null, "kakehashi.knowledge.error.not.found");
    }
}
