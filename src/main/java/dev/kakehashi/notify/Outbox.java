package dev.kakehashi.notify;

/**
 * Port to the product's outgoing mail: hands an email to the host, which sends it later from its mail queue.
 */
public interface Outbox {
    void send(Mail mail);
}
