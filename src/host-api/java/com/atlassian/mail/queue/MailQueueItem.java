package com.atlassian.mail.queue;

import com.atlassian.mail.MailException;

/**
 * Host declaration (compile only): something the mail queue sends later (really also {@code Comparable<MailQueueItem>}
 * with getSubject, getDateQueued, getSendCount, hasError); never implemented by the plugin.
 * Mirrors atlassian-mail 5.3.0, com/atlassian/mail/queue/MailQueueItem (ngannk-fptu/Decompiled-Files).
 */
public interface MailQueueItem {
    void send() throws MailException;
}
