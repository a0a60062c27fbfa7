package dev.kakehashi.notify;

import java.util.Optional;

/**
 * The kinds of notification a person can turn off one by one; the key is what the REST API and the settings use.
 */
public enum NotificationKind {
    /** Someone thanked me (sent once the sender can no longer withdraw it). */
    THANKS("thanks"),
    /** A request names me as partner contact or decision owner. */
    REQUEST_NAMED("request-named"),
    /** A request I hold a role in moved to another step. */
    REQUEST_STEP("request-step"),
    /** A request I hold a role in shared its result. */
    REQUEST_RESULT("request-result"),
    /** A request I hold a role in is past its due date. */
    REQUEST_OVERDUE("request-overdue"),
    /** A request I hold a role in was resolved without a result. */
    REQUEST_NO_RESULT("request-no-result"),
    /** A goal I own or am a contact of missed its review. */
    GOAL_REVIEW("goal-review"),
    /** The weekly digest of a department I am a contact of. */
    DEPARTMENT_DIGEST("department-digest"),
    /** My shuffle lunch group for a round, and "did you meet?" after it. */
    LUNCH("lunch"),
    /** An organiser invited me to an event personally. */
    EVENT_INVITATION("event-invitation"),
    /** Three weeks after an event I was checked in at, a reminder to keep in touch. */
    EVENT_RECONNECT("event-reconnect"),
    /** A seat freed up at an event whose waiting list I was first on, and it is mine. */
    EVENT_SEAT("event-seat"),
    /** An event I was invited to or said I would come to was cancelled, or its time or place changed. */
    EVENT_CHANGED("event-changed"),
    /** An organiser of an event made me one of its organisers too. */
    EVENT_ORGANISER("event-organiser");

    private final String key;

    NotificationKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<NotificationKind> ofKey(String key) {
        for (NotificationKind kind : values()) {
            if (kind.key.equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
