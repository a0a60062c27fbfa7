package dev.kakehashi.notify.confluence;

import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import com.atlassian.mail.Email;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import dev.kakehashi.notify.Mail;
import dev.kakehashi.notify.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confluence's mail queue (the task queue named "mail", as Confluence's own notifications use): the email leaves the
 * request thread and is sent by Confluence's mail job through the default outgoing server.
 */
public class ConfluenceMailQueueOutbox implements Outbox {
    static final String MAIL_QUEUE = "mail";

    private final MultiQueueTaskManager tasks;
    private final MailServerManager servers;

    public ConfluenceMailQueueOutbox(MultiQueueTaskManager tasks, MailServerManager servers) {
        this.tasks = tasks;
        this.servers = servers;
    }

    @Override
    public void send(Mail mail) {
        Email email = new Email(mail.to()).setSubject(mail.subject()).setBody(mail.body()).setMimeType("text/plain")
                .setEncoding("UTF-8");
        tasks.addTask(MAIL_QUEUE, new SendTask(email, servers));
    }

    /** Sends one email when the queue runs; without an outgoing server there is nothing to send it with. */
    static final class SendTask implements Task {
        private static final long serialVersionUID = 1L;
        private static final Logger LOG = LoggerFactory.getLogger(SendTask.class);

        private final Email email;
        private final transient MailServerManager servers;

        SendTask(Email email, MailServerManager servers) {
            this.email = email;
            this.servers = servers;
        }

        @Override
        public void execute() throws Exception {
            SMTPMailServer server = servers == null ? null : servers.getDefaultSMTPMailServer();
            if (server == null) {
                LOG.debug("No outgoing mail server is configured; the email '{}' is not sent", email.getSubject());
                return;
            }
            server.send(email);
        }

        Email email() {
            return email;
        }
    }
}
