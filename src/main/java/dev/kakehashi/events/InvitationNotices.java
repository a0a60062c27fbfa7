package dev.kakehashi.events;

import java.time.Instant;

/** Port through which an invitee hears of their invitation; telling them never fails the invitation. */
public interface InvitationNotices {
    InvitationNotices NONE = (event, invitation, at) -> {
    };

    void invited(Event event, Invitation invitation, Instant at);
}
