package dev.kakehashi.thanks;

/**
 * What else happens once a thanks is stored, in the product it was given in (a results page passes it on to its
 * request in Jira). Best effort: it runs after the thanks is committed and never undoes it.
 */
public interface ThanksSent {
    /** A thanks was just sent by {@code thanks.senderKey()}, who is the current user. */
    void sent(Thanks thanks);
}
