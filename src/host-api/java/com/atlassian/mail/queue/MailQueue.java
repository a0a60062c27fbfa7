package com.atlassian.mail.queue;

/**
 * Host declaration (compile only): Jira's outgoing mail queue, sent by a scheduled job; only the member the plugin calls.
 * Mirrors atlassian-mail 5.3.0, com/atlassian/mail/queue/MailQueue (ngannk-fptu/Decompiled-Files); Jira's component
 * (ComponentAccessor#getMailQueue, Jira developer docs), imported with @ComponentImport by Jira apps.
 */
public interface MailQueue {
    void addItem(MailQueueItem item);
}
