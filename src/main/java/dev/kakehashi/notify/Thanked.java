package dev.kakehashi.notify;

/**
 * What a thanked person is told: who thanked them, for which company value, the message, and where (an issue or page
 * only by its id: its title may be more than the recipient is allowed to see).
 *
 * @param contextType {@code none}, {@code jira-issue} or {@code confluence-page}
 */
public record Thanked(String recipientKey, String senderKey, String valueKey, String message, String contextType,
                      String contextId) {
    public Thanked {
        valueKey = valueKey == null ? "" : valueKey;
        contextType = contextType == null ? "none" : contextType;
        contextId = contextId == null ? "" : contextId;
    }
}
