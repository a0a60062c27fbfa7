package dev.kakehashi.events;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Port to where events, their people and their invitations are kept. The reads a page makes are one statement each,
 * paged and indexed, whatever the number of events.
 */
public interface EventStore {
    /** Stores a new event with its organiser rows; returns it with its id. */
    Event create(Event event);

    /** The event with its organisers and audience (two statements), empty when there is none. */
    Optional<Event> find(long id);

    /** The events of these ids as lists show them, in no particular order; one statement. */
    List<EventCard> cards(Collection<Long> ids);

    /**
     * Events starting at or after {@code from} and not cancelled, soonest first, at most {@code limit}, that a reader
     * sees in lists:
     * the announced public ones, the announced private ones whose audience includes one of {@code departments} (the
     * reader's), and every one among {@code own} (events the reader organises or is invited to); one statement, which
     * walks the start-time index and stops at the limit.
     */
    default List<EventCard> upcoming(Instant from, Collection<String> departments, Collection<Long> own, int limit) {
        return upcoming(from, List.of(), departments, own, limit);
    }

    /**
     * As {@link #upcoming(Instant, Collection, Collection, int)}, leaving out the events of {@code shown} (those a page
     * before showed that start at {@code from}): the next page starts at the last start shown, in the same order.
     */
    List<EventCard> upcoming(Instant from, Collection<Long> shown, Collection<String> departments,
                             Collection<Long> own, int limit);

    /**
     * The events of this community key starting at or after {@code from} and before {@code to}, soonest first, each
     * with the user keys of the people checked in; two statements (the events by the community key's index, then
     * their check-ins by the event index), at most {@code limit} events.
     */
    List<Held> held(String communityKey, Instant from, Instant to, int limit);

    /**
     * Every event starting at or after {@code from} and before {@code to}, soonest first, each with the user keys of
     * the people checked in; two statements, at most {@code limit} events.
     */
    List<Held> held(Instant from, Instant to, int limit);

    /**
     * As {@link #held(Instant, Instant, int)}, only the public events whose broadcast opened (those everyone logged
     * in may see).
     */
    List<Held> heldInPublic(Instant from, Instant to, int limit);

    /** User keys of everyone checked in at an event of this community key that started before {@code before}. */
    java.util.Set<String> attendedBefore(String communityKey, Instant before);

    /** An event as a community's session: no title, only when, how and who was checked in. */
    record Held(long eventId, Instant start, EventMode mode, EventFormat format, List<String> attendeeKeys) {
        public Held {
            attendeeKeys = List.copyOf(attendeeKeys);
        }
    }

    /** Every row of the event of these kinds (all kinds when empty), oldest first, at most {@code limit}. */
    List<Participation> rows(long eventId, Collection<Participation.Kind> kinds, int limit);

    /**
     * The rows of this person (every kind), newest first, at most {@code limit}; one statement.
     */
    List<Participation> rowsOf(String userKey, int limit);

    /** Writes the row of this event, kind and key, replacing the one there; true when it was new. */
    boolean put(Participation row);

    /** Writes the row only when none of this event, kind and key exists; true when this call wrote it. */
    boolean putIfAbsent(Participation row);

    /** Removes the row of this event, kind and key; true when there was one. */
    boolean remove(long eventId, Participation.Kind kind, String key);

    /** The event's invitations, oldest first, at most {@code limit}; one statement. */
    List<Invitation> invitations(long eventId, int limit);

    /**
     * Stores the invitation and its invitee row (which lets them see the event) in one transaction, only when this
     * person was not invited to the event before; true when this call stored it.
     */
    boolean invite(Invitation invitation);

    /** Records the invitee's answer; false when there is no such invitation. */
    boolean answer(long eventId, String inviteeKey, Answer answer, String note, Instant at);

    /** Opens the event's broadcast at this time, only once; true when this call opened it. */
    boolean announce(long eventId, Instant at);

    /** Writes the event's own fields (not its people, its broadcast or its cancellation); false when it is gone. */
    boolean update(Event event);

    /** Cancels the event at this time with the organiser's note, only once; true when this call cancelled it. */
    boolean cancel(long eventId, Instant at, String note);

    /** How many events there are, for the export and tests. */
    int count();

    /** The key of the Jira issue in which the event is prepared, if one was recorded. */
    Optional<String> preparation(long eventId);

    /** Records it; false when the event has one already (another organiser's, recorded first). */
    boolean recordPreparation(long eventId, String issueKey, String byKey, Instant at);

}
