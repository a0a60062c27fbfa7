package dev.kakehashi.notify.jira;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import dev.kakehashi.notify.Mail;
import dev.kakehashi.notify.Outbox;

/**
 * Jira's mail queue: the email is sent by Jira's mail job through the configured outgoing server, with Jira's sender
 * address and subject prefix, and is skipped by Jira when no outgoing server is configured.
 */
public class JiraMailQueueOutbox implements Outbox {
    private final MailQueue queue;

    public JiraMailQueueOutbox(MailQueue queue) {
        this.queue = queue;
    }

    /** Jira's mail queue is part of its core API (a mandatory import): when the app runs, it is there. */
    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void send(Mail mail) {
        Email email = new Email(mail.to()).setSubject(mail.subject()).setBody(mail.body()).setMimeType("text/plain")
                .setEncoding("UTF-8");
        queue.addItem(new SingleMailQueueItem(email));
    }
}
