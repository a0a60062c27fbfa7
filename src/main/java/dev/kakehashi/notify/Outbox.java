package dev.kakehashi.notify;

/**
 * Port to the product's outgoing mail: hands an email to the host, which sends it later from its mail queue.
 */
public interface Outbox {
    /** Whether the host offers its mail queue to the app; when not, nothing is sent and admins are told. */
    boolean available();

    void send(Mail mail);
}
