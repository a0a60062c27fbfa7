package dev.kakehashi.notify;

/**
 * What a thanked person is told: who thanked them, for which company value, the message, and where. The key
 * and summary or the page's title are filled in only for a recipient who may see it; otherwise it is named by its id.
 *
 * @param contextType {@code none}, {@code jira-issue} or {@code confluence-page}
 * @param contextTitle the key and summary or the page's title, empty when not to be told
 */
public record Thanked(String recipientKey, String senderKey, String valueKey, String message, String contextType,
                      String contextId, String contextTitle) {
    public Thanked {
        valueKey = valueKey == null ? "" : valueKey;
        contextType = contextType == null ? "none" : contextType;
        contextId = contextId == null ? "" : contextId;
        contextTitle = contextTitle == null ? "" : contextTitle;
    }

    /** Where it was given, named by its id only. */
    public Thanked(String recipientKey, String senderKey, String valueKey, String message, String contextType,
                   String contextId) {
        this(recipientKey, senderKey, valueKey, message, contextType, contextId, "");
    }
}
