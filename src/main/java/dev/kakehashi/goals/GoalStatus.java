package dev.kakehashi.goals;

import java.util.Optional;

/**
 * Where a shared goal stands, as its people judge it at each update.
 */
public enum GoalStatus {
    ON_TRACK("on-track"),
    AT_RISK("at-risk"),
    OFF_TRACK("off-track"),
    DONE("done"),
    PAUSED("paused");

    private final String key;

    GoalStatus(String key) {
        this.key = key;
    }

    /** The name clients and i18n keys use: {@code on-track}, {@code at-risk}, … */
    public String key() {
        return key;
    }

    /** Whether the goal is still being worked on, so reviews are due. */
    public boolean active() {
        return this != DONE && this != PAUSED;
    }

    public static Optional<GoalStatus> ofKey(String key) {
        for (GoalStatus status : values()) {
            if (status.key.equals(key)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
