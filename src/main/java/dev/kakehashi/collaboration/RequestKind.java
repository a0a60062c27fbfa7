package dev.kakehashi.collaboration;

import java.util.Optional;

/**
 * The kinds of collaboration request; each is a Jira issue type the app creates once. The issue type's names and
 * descriptions come from the i18n bundle under {@code kakehashi.collaboration.kind.<key>.*}.
 */
public enum RequestKind {
    INFORMATION_SHARING("information-sharing"),
    JOINT_TASK("joint-task"),
    SMALL_POC("small-poc"),
    /** Preparing an event together (its organisers come from at least two departments); see the events feature. */
    EVENT_PREPARATION("event-preparation");

    private final String key;

    RequestKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public String nameKey() {
        return "kakehashi.collaboration.kind." + key + ".name";
    }

    public String descriptionKey() {
        return "kakehashi.collaboration.kind." + key + ".description";
    }

    public static Optional<RequestKind> ofKey(String key) {
        for (RequestKind kind : values()) {
            if (kind.key.equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
