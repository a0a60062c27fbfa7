package dev.kakehashi.notify.confluence;

import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.MailFactory;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only class that names Confluence's task-queue and mail-queue types ({@code com.atlassian.core.task},
 * {@code com.atlassian.mail.queue}, optional imports): it is loaded when the queue is there to take an email.
 */
final class ConfluenceMailQueue {
    static final String MAIL_QUEUE = "mail";

    private ConfluenceMailQueue() {
    }

    /** Queues the email on the "mail" queue of Confluence's task queues. */
    static void add(Object taskQueues, Email email, MailServerManager servers) {
        ((MultiQueueTaskManager) taskQueues).addTask(MAIL_QUEUE, new Item(email, servers));
    }

    /**
     * One email for the "mail" queue, in the shape Atlassian's own Confluence code queues: both a mail queue item (what
     * the queue's views and ordering read) and a task (what the queue runs), as Confluence 10's
     * {@code PreRenderedMailNotificationQueueItem} and the pats plugin's {@code ConfluenceMailQueueItem} are. Like
     * atlassian-mail's {@code SingleMailQueueItem} it sends nothing while sending is turned off for the instance or no
     * outgoing server is configured, and otherwise sends through the default one; a failed send is counted and thrown
     * to the queue, which keeps the item for its retry.
     */
    static final class Item implements MailQueueItem, Task {
        private static final long serialVersionUID = 2L;
        private static final Logger LOG = LoggerFactory.getLogger(Item.class);

        private final Email email;
        private final Date queued = new Date();
        private int sendCount;
        /** The host's service; not serialised (Confluence runs this queue in the memory of the node that queued). */
        private final transient MailServerManager servers;

        Item(Email email, MailServerManager servers) {
            this.email = email;
            this.servers = servers;
        }

        @Override
        public void execute() throws MailException {
            send();
        }

        @Override
        public void send() throws MailException {
            sendCount++;
            if (MailFactory.getSettings().isSendingDisabled()) {
                LOG.debug("Sending mail is turned off; the email '{}' is not sent", email.getSubject());
                return;
            }
            SMTPMailServer server = servers == null ? null : servers.getDefaultSMTPMailServer();
            if (server == null) {
                LOG.debug("No outgoing mail server is configured; the email '{}' is not sent", email.getSubject());
                return;
            }
            server.send(email);
        }

        @Override
        public String getSubject() {
            return email.getSubject();
        }

        @Override
        public Date getDateQueued() {
            return new Date(queued.getTime());
        }

        @Override
        public int getSendCount() {
            return sendCount;
        }

        /** As atlassian-mail's items: an item sent before and still queued failed then. */
        @Override
        public boolean hasError() {
            return sendCount > 0;
        }

        /** Fewer attempts first, then the older; atlassian-mail's order for queued mail. */
        @Override
        public int compareTo(MailQueueItem other) {
            int byAttempts = Integer.compare(sendCount, other.getSendCount());
            return byAttempts != 0 ? byAttempts : queued.compareTo(other.getDateQueued());
        }
    }
}
