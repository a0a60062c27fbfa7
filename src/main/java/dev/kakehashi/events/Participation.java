package dev.kakehashi.events;

import java.time.Instant;

/**
 * One person's place in an event: organiser, invitee, someone on the organisers' "people we want" list, an answer
 * (RSVP), a check-in, or someone the broadcast reached. Each kind is its own row: attendance is recorded apart from
 * the answer. (Audience departments are kept on the event itself.)
 */
public record Participation(long eventId, Kind kind, String key, Answer answer, boolean waiting, String note,
                            boolean showGoing, boolean viaInvitation, Instant at, String byKey) {
    /** The kinds of row. */
    public enum Kind { ORGANISER, INVITEE, WANTED, RSVP, ATTENDED, REACHED }

    public static Participation of(long eventId, Kind kind, String key, Instant at, String byKey) {
        return new Participation(eventId, kind, key, null, false, "", false, false, at, byKey);
    }

    /** Whether this row lets its person see a private event. */
    public boolean grantsSight() {
        return kind == Kind.ORGANISER || kind == Kind.INVITEE;
    }
}
