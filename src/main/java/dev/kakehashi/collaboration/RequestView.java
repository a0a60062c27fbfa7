package dev.kakehashi.collaboration;

import java.util.List;

/**
 * Everything the panel shows about one request, for one reader: the request (absent while an issue of a request
 * type has not been set up), what is missing to reach the next step, warnings that do not block, whether the reader
 * may change it, whether the partner was thanked here, whether to prompt the reader after the issue was resolved, and
 * the key of the request this one follows up (empty when none, or when the reader may not see it), and the follow-up
 * proposed from this one (null when none was).
 */
public record RequestView(RequestIssues.IssueRef issue, CollaborationRequest request, RequestKind kind,
                          List<String> missing, List<String> warnings, boolean canChange, boolean partnerThanked,
                          boolean resolvedPrompt, List<HistoryEntry> history, String followUpOfKey,
                          FollowUp followUp) {
    /** A follow-up was proposed; {@code issue} is its issue, or null when the reader may not see it (or it is gone). */
    public record FollowUp(RequestIssues.IssueRef issue) {
    }

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

    /**
     * What the prompt after the issue was resolved asks, as an i18n key, by what the panel offers at the request's
     * step: before the work (steps 1 to 3) nothing can be shared yet; at step 4 the result; at step 5 the thanks.
     */
    public String resolvedPromptKey() {
        if (request == null) {
            return "";
        }
        int step = request.step().number();
        return step < Step.WORKING.number() ? "kakehashi.collaboration.prompt.text.early"
                : step == Step.WORKING.number() ? "kakehashi.collaboration.prompt.text.share"
                : "kakehashi.collaboration.prompt.text.thank";
    }
}
