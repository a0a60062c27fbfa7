package dev.kakehashi.collaboration;

import java.util.List;

/**
 * Everything the panel shows about one request, for one reader: the request (absent while an issue of a request
 * type has not been set up), what is missing to reach the next step, warnings that do not block, whether the reader
 * may change it, whether the partner was thanked here, whether to prompt the reader after the issue was resolved, and
 * the key of the request this one follows up (empty when none, or when the reader may not see it).
 */
public record RequestView(RequestIssues.IssueRef issue, CollaborationRequest request, RequestKind kind,
                          List<String> missing, List<String> warnings, boolean canChange, boolean partnerThanked,
                          boolean resolvedPrompt, List<HistoryEntry> history, String followUpOfKey) {
    public RequestView {
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
        history = List.copyOf(history);
    }

    /** The results pages recorded from Confluence, oldest first. */
    public List<HistoryEntry> resultPages() {
        return history.stream().filter(e -> e.event() == HistoryEntry.Event.RESULT_PAGE).toList();
    }

    public boolean isSetUp() {
        return request != null;
    }
}
