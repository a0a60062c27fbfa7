package dev.kakehashi.notify;

/**
 * Port through which people hear that something happened to them; telling them never fails what happened.
 */
public interface Notifier {
    /** Tells no one; for hosts or tests that send no notifications. */
    Notifier NONE = thanked -> true;

    /**
     * A person was thanked; the thanks is already stored. Returns false when they could not be told now (the host's
     * mail queue refused the email) and should be told by a later try; true when told, or when there is nothing to
     * tell them by (they want no such email, or the host has no address for them).
     */
    boolean personThanked(Thanked thanked);

    /** An administrator hid a thanks; its sender is told why. */
    default void thanksHidden(ThanksHidden hidden) {
    }

    /** An administrator showed a hidden thanks again; its sender is told (the reason is empty). */
    default void thanksShownAgain(ThanksHidden shown) {
    }
}
