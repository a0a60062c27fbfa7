package dev.kakehashi.sandbox.host;

import com.atlassian.mail.Email;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Where the sandbox's mail ends up instead of an SMTP server: kept in memory, newest last, and written to the log so
 * that people trying the sandbox see what would have been sent.
 */
public final class MailOutbox {
    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());
    private static final int KEEP = 500;

    /** One email as the product's outgoing server would have sent it. */
    public record SentMail(String to, String subject, String body, String mimeType, Instant sentAt) {
    }

    private final List<SentMail> sent = new ArrayList<>();

    public synchronized void add(Email email) {
        if (sent.size() == KEEP) {
            sent.remove(0);
        }
        sent.add(new SentMail(email.getTo(), email.getSubject(), email.getBody(), email.getMimeType(), Instant.now()));
        LOG.info("Mail to " + email.getTo() + ": " + email.getSubject());
    }

    /** Everything sent so far, oldest first. */
    public synchronized List<SentMail> sent() {
        return List.copyOf(sent);
    }
}
