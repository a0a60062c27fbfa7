package dev.kakehashi.events;

import dev.kakehashi.platform.Person;
import java.util.List;

/**
 * An event as one reader may see it: the event, the reader's own answer, check-in and invitation, the people going
 * who chose to be shown, and, for its organisers only, the invitations, the "people we want" list, every answer, the
 * check-ins and the funnel ({@code organiser} false leaves those empty and the funnel null).
 */
public record EventDetail(Event event, List<Person> organisers, Participation myAnswer, boolean iAttended,
                          Invitation myInvitation, List<Person> going, int seatsTaken, int waiting, boolean organiser,
                          List<Invitation> invitations, List<Participation> wanted, List<Participation> answers,
                          List<String> attendedKeys, Funnel funnel, int invitationsNeeded) {
    /** Whether the broadcast may be opened now (by an organiser). */
    public boolean canAnnounce() {
        return organiser && !event.announced() && invitations.size() >= invitationsNeeded;
    }
}
