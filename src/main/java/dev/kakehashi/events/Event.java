package dev.kakehashi.events;

import java.time.Instant;
import java.util.List;

/**
 * An event: what, how, where, when, for how many, for whom, what attendees gain, who organises it (幹事 from at least
 * two departments), whether only its organisers, invitees and audience see it, and whether its broadcast is open.
 * {@code capacity} 0 means no limit; {@code announcedAt} is null until the broadcast opens.
 */
public record Event(long id, String title, EventFormat format, EventMode mode, String place, String link,
                    Instant start, Instant end, int capacity, String gain, boolean privateEvent, String communityKey,
                    List<String> organiserKeys, List<String> audience, String createdBy,
                    Instant createdAt, Instant announcedAt, Instant cancelledAt, String cancelNote) {
    public Event {
        organiserKeys = List.copyOf(organiserKeys);
        audience = List.copyOf(audience);
        cancelNote = cancelNote == null ? "" : cancelNote;
    }

    /** An event that is not cancelled. */
    public Event(long id, String title, EventFormat format, EventMode mode, String place, String link, Instant start,
                 Instant end, int capacity, String gain, boolean privateEvent, String communityKey,
                 List<String> organiserKeys, List<String> audience, String createdBy, Instant createdAt,
                 Instant announcedAt) {
        this(id, title, format, mode, place, link, start, end, capacity, gain, privateEvent, communityKey,
                organiserKeys, audience, createdBy, createdAt, announcedAt, null, "");
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public boolean announced() {
        return announcedAt != null;
    }

    public boolean organisedBy(String userKey) {
        return userKey != null && organiserKeys.contains(userKey);
    }

    public Event withId(long newId) {
        return new Event(newId, title, format, mode, place, link, start, end, capacity, gain, privateEvent,
                communityKey, organiserKeys, audience, createdBy, createdAt, announcedAt, cancelledAt,
                cancelNote);
    }

    public Event withCommunityKey(String key) {
        return new Event(id, title, format, mode, place, link, start, end, capacity, gain, privateEvent, key,
                organiserKeys, audience, createdBy, createdAt, announcedAt, cancelledAt, cancelNote);
    }

    /** The event as a list shows it, without its people. */
    public EventCard card() {
        return new EventCard(id, title, format, mode, start, end, privateEvent, announced(), audience,
                cancelled());
    }
}
