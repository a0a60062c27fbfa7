package dev.kakehashi.community;

import java.time.LocalDate;
import java.util.List;

/** A session the community held: the day, online or offline, and who attended (user keys). */
public record Session(int id, int communityId, LocalDate heldOn, Format format, List<String> attendeeKeys) {
    public Session {
        attendeeKeys = List.copyOf(attendeeKeys);
    }

    public enum Format {
        ONLINE, OFFLINE
    }
}
