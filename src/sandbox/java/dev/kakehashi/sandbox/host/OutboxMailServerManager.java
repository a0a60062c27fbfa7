package dev.kakehashi.sandbox.host;

import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;

/**
 * The products' mail server configuration: one outgoing server, which delivers into the outbox.
 */
final class OutboxMailServerManager implements MailServerManager {
    private final SMTPMailServer server;

    OutboxMailServerManager(MailOutbox outbox) {
        this.server = outbox::add;
    }

    @Override
    public SMTPMailServer getDefaultSMTPMailServer() {
        return server;
    }
}
