package dev.kakehashi.notify.confluence;

import com.atlassian.mail.Email;
import com.atlassian.mail.server.MailServerManager;
import dev.kakehashi.notify.Mail;
import dev.kakehashi.notify.Outbox;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;

/**
 * Confluence's mail queue (the task queue named "mail", as Confluence's own notifications use): the email leaves the
 * request thread and is sent by Confluence's mail job through the default outgoing server.
 *
 * <p>The queue's API ({@code com.atlassian.core.task}) is deprecated in Confluence 9.4 and later, and whether
 * Confluence 10 offers it to apps is not known (docs/HOST.md). So it is an optional import, looked up by bean name
 * when an email is sent, and only {@link ConfluenceMailQueue} names its types: without it the app still starts, emails
 * are off and the configuration page says why.
 */
public class ConfluenceMailQueueOutbox implements Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(ConfluenceMailQueueOutbox.class);
    /** The bean name {@code imports-confluence} gives Confluence's task queues. */
    static final String TASK_QUEUES = "confluenceTaskQueues";

    private final MailServerManager servers;
    private final BeanFactory beans;
    private final AtomicBoolean toldUnavailable = new AtomicBoolean();

    public ConfluenceMailQueueOutbox(MailServerManager servers, BeanFactory beans) {
        this.servers = servers;
        this.beans = beans;
    }

    @Override
    public boolean available() {
        return taskQueues() != null;
    }

    @Override
    public void send(Mail mail) {
        Object queues = taskQueues();
        if (queues == null) {
            if (toldUnavailable.compareAndSet(false, true)) {
                LOG.warn("Kakehashi sends no emails: this Confluence does not offer its mail queue "
                        + "(com.atlassian.core.task.MultiQueueTaskManager) to apps");
            }
            return;
        }
        Email email = new Email(mail.to()).setSubject(mail.subject()).setBody(mail.body()).setMimeType("text/plain")
                .setEncoding("UTF-8");
        ConfluenceMailQueue.add(queues, email, servers);
    }

    /** Confluence's task queues, or null when the import was skipped because the host hides their package. */
    private Object taskQueues() {
        try {
            return beans.containsBean(TASK_QUEUES) ? beans.getBean(TASK_QUEUES) : null;
        } catch (BeansException | LinkageError e) {
            return null;
        }
    }
}
