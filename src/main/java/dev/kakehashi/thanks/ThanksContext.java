package dev.kakehashi.thanks;

import dev.kakehashi.platform.Rejection;

/**
 * Where a thanks was given: on a Jira issue, on a Confluence page, or nowhere in particular. The id is the host's
 * stable numeric id (an issue keeps it when it moves to another project).
 */
public record ThanksContext(Type type, String id) implements java.io.Serializable {
    /** The kinds of place a thanks can belong to. */
    public enum Type { NONE, JIRA_ISSUE, CONFLUENCE_PAGE }

    public static final ThanksContext NONE = new ThanksContext(Type.NONE, "");

    public ThanksContext {
        id = id == null ? "" : id;
    }

    public static ThanksContext issue(long issueId) {
        return new ThanksContext(Type.JIRA_ISSUE, Long.toString(issueId));
    }

    public static ThanksContext page(long pageId) {
        return new ThanksContext(Type.CONFLUENCE_PAGE, Long.toString(pageId));
    }

    /** The one-column form the store indexes: {@code jira-issue:10001}, {@code confluence-page:65540}, or empty. */
    public String storageKey() {
        return switch (type) {
            case NONE -> "";
            case JIRA_ISSUE -> "jira-issue:" + id;
            case CONFLUENCE_PAGE -> "confluence-page:" + id;
        };
    }

    public static ThanksContext fromStorageKey(String key) {
        if (key == null || key.isEmpty()) {
            return NONE;
        }
        int colon = key.indexOf(':');
        String kind = key.substring(0, colon);
        String id = key.substring(colon + 1);
        return new ThanksContext(kind.equals("jira-issue") ? Type.JIRA_ISSUE : Type.CONFLUENCE_PAGE, id);
    }

    /** Reads a context from request parameters; an id must be a positive number. */
    public static ThanksContext parse(String type, String id) {
        if (type == null || type.isBlank() || "none".equalsIgnoreCase(type)) {
            return NONE;
        }
        Type kind = switch (type) {
            case "jira-issue" -> Type.JIRA_ISSUE;
            case "confluence-page" -> Type.CONFLUENCE_PAGE;
            default -> throw Rejection.of(Rejection.Reason.INVALID, "contextType", "kakehashi.thanks.error.context");
        };
        if (id == null || !id.matches("[1-9][0-9]{0,18}")) {
            throw Rejection.of(Rejection.Reason.INVALID, "contextId", "kakehashi.thanks.error.context");
        }
        return new ThanksContext(kind, id);
    }

    public boolean isNone() {
        return type == Type.NONE;
    }

    /** The name clients use for the type: none, jira-issue or confluence-page. */
    public String typeName() {
        return switch (type) {
            case NONE -> "none";
            case JIRA_ISSUE -> "jira-issue";
            case CONFLUENCE_PAGE -> "confluence-page";
        };
    }
}
