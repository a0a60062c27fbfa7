package dev.kakehashi.notify.confluence;

import com.atlassian.mail.Email;
import com.atlassian.mail.server.MailServerManager;
import dev.kakehashi.notify.Mail;
import dev.kakehashi.notify.Outbox;
import java.util.concurrent.atomic.AtomicBoolean;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confluence's mail queue (the task queue named "mail", as Confluence's own notifications use): the email leaves the
 * request thread and is sent by Confluence's mail job through the default outgoing server.
 *
 * <p>Whether Confluence 10 offers its task queues ({@code com.atlassian.core.task}) to apps is not known (docs/HOST.md,
 * "Imports"). So they are not a component import, which would keep the app from enabling without them: the service
 * is looked up in the OSGi registry when an email is sent, its package is an optional import, and only
 * {@link ConfluenceMailQueue} names its types. Without the service or its package the app runs, sends no emails, logs
 * that once, and the configuration page tells administrators.
 */
public class ConfluenceMailQueueOutbox implements Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(ConfluenceMailQueueOutbox.class);
    static final String TASK_QUEUES = "com.atlassian.core.task.MultiQueueTaskManager";

    private final MailServerManager servers;
    private final BundleContext bundle;
    private final AtomicBoolean toldUnavailable = new AtomicBoolean();

    /**
     * @param bundle the app's bundle context, a bean of every plugin's Spring context (Gemini Blueprint registers it
     *               as {@code bundleContext})
     */
    public ConfluenceMailQueueOutbox(MailServerManager servers, BundleContext bundle) {
        this.servers = servers;
        this.bundle = bundle;
    }

    @Override
    public boolean available() {
        return packageVisible() && bundle.getServiceReference(TASK_QUEUES) != null;
    }

    @Override
    public void send(Mail mail) {
        ServiceReference<?> reference = packageVisible() ? bundle.getServiceReference(TASK_QUEUES) : null;
        if (reference == null) {
            unavailable();
            return;
        }
        try {
            Object queues = bundle.getService(reference);
            if (queues == null) {
                unavailable();
                return;
            }
            Email email = new Email(mail.to()).setSubject(mail.subject()).setBody(mail.body())
                    .setMimeType("text/plain").setEncoding("UTF-8");
            ConfluenceMailQueue.add(queues, email, servers);
        } catch (LinkageError e) {
            // The service is there but the app cannot see its types (a package the host hides, or another version).
            unavailable();
        } finally {
            bundle.ungetService(reference);
        }
    }

    /** Whether the app's class loader sees the task queues' package: the optional import was wired. */
    private boolean packageVisible() {
        try {
            Class.forName(TASK_QUEUES, false, ConfluenceMailQueueOutbox.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private void unavailable() {
        if (toldUnavailable.compareAndSet(false, true)) {
            LOG.warn("Kakehashi sends no emails: this Confluence does not offer its mail queue ({}) to apps",
                    TASK_QUEUES);
        }
    }
}
