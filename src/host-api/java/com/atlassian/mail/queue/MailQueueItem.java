package com.atlassian.mail.queue;

import com.atlassian.mail.MailException;
import java.util.Date;

/**
 * Host declaration (compile only): something a mail queue sends later, ordered by send count then date queued; every
 * abstract method, since the plugin implements it (Confluence's mail item).
 * Mirrors atlassian-mail 5.3.0, com/atlassian/mail/queue/MailQueueItem (ngannk-fptu/Decompiled-Files); Confluence 10.0.3
 * javadoc, PreRenderedMailNotificationQueueItem ("All Implemented Interfaces: Task, MailQueueItem, Serializable,
 * Comparable&lt;MailQueueItem&gt;").
 */
public interface MailQueueItem extends Comparable<MailQueueItem> {
    void send() throws MailException;

    String getSubject();

    Date getDateQueued();

    int getSendCount();

    boolean hasError();
}
