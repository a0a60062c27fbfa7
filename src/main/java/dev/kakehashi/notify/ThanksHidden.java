package dev.kakehashi.notify;

/**
 * What the sender of a thanks is told when an administrator hides it or shows it again: the message, the reason (empty
 * when shown again), and where it was given (the key and summary or the page's title only when the sender may
 * still see it).
 *
 * @param contextType {@code none}, {@code jira-issue} or {@code confluence-page}
 */
public record ThanksHidden(String senderKey, String message, String reason, String contextType, String contextId,
                           String contextTitle) {
    public ThanksHidden {
        contextType = contextType == null ? "none" : contextType;
        contextId = contextId == null ? "" : contextId;
        contextTitle = contextTitle == null ? "" : contextTitle;
    }
}
