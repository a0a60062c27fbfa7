package dev.kakehashi.events;

import java.time.Instant;

/** Port through which people hear of what an event does for them; telling them never fails the change. */
public interface InvitationNotices {
    InvitationNotices NONE = (event, invitation, at) -> {
    };

    /** An organiser invited this person personally. */
    void invited(Event event, Invitation invitation, Instant at);

    /** A seat freed up and went to this person, who was first on the waiting list. */
    default void seated(Event event, String userKey, Instant at) {
    }

    /** The event this person was invited to or planned to come to was cancelled. */
    default void cancelled(Event event, String userKey, Instant at) {
    }

    /** The time, the place, the link or the way of meeting of an event this person is invited to or coming to changed. */
    default void changed(Event event, String userKey, Instant at) {
    }

    /** An organiser ({@code byKey}) made this person one of the event's organisers. */
    default void madeOrganiser(Event event, String userKey, String byKey, Instant at) {
    }
}
