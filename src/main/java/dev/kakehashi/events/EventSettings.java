package dev.kakehashi.events;

/** Port to the events' settings, which administrators change. */
public interface EventSettings {
    /** Personal invitations an event needs before its broadcast opens; 5 unless changed. */
    int DEFAULT_INVITATIONS = 5;

    int invitationsBeforeBroadcast();

    void setInvitationsBeforeBroadcast(int count);
}
