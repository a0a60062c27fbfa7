package dev.kakehashi.sandbox.host;

import com.atlassian.mail.MailException;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Jira's mail queue. Jira sends the queue from a job about once a minute; the sandbox delivers each email into the
 * outbox as it is queued, still apart from the caller's work: a failure here never reaches the caller.
 */
final class JiraMailQueue implements MailQueue {
    private static final Logger LOG = Logger.getLogger(JiraMailQueue.class.getName());
    private final MailOutbox outbox;

    JiraMailQueue(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void addItem(MailQueueItem item) {
        try {
            if (item instanceof SingleMailQueueItem single) {
                outbox.add(single.getEmail());
            } else {
                item.send();
            }
        } catch (MailException | RuntimeException e) {
            LOG.log(Level.WARNING, "Jira's mail queue could not send an item", e);
        }
    }
}
