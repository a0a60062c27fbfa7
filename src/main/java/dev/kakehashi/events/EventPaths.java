package dev.kakehashi.events;

/** Where the events page lives in both products. */
public final class EventPaths {
    public static final String PAGE = "/plugins/servlet/kakehashi/events";

    private EventPaths() {
    }
}
