package dev.kakehashi.community;

import java.time.LocalDate;
import java.util.List;

/**
 * A session the community held: the day, online or offline, who attended (user keys), and its kind: {@link #RECORDED}
 * for a session its leaders recorded, an event format's key ({@code lunch}, {@code book-club} …) for an event.
 */
public record Session(int id, int communityId, LocalDate heldOn, Format format, List<String> attendeeKeys,
                      String kind) {
    /** The kind of a session the leaders recorded. */
    public static final String RECORDED = "recorded";

    public Session {
        attendeeKeys = List.copyOf(attendeeKeys);
        kind = kind == null || kind.isEmpty() ? RECORDED : kind;
    }

    /** A session the leaders recorded. */
    public Session(int id, int communityId, LocalDate heldOn, Format format, List<String> attendeeKeys) {
        this(id, communityId, heldOn, format, attendeeKeys, RECORDED);
    }

    public enum Format {
        ONLINE, OFFLINE
    }
}
