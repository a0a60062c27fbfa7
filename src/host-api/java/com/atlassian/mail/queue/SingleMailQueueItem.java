package com.atlassian.mail.queue;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;

/**
 * Host declaration (compile only): one email waiting in the queue; the host's class sends it through the default
 * outgoing server and skips it when none is configured.
 * Mirrors atlassian-mail 5.3.0, com/atlassian/mail/queue/SingleMailQueueItem (ngannk-fptu/Decompiled-Files).
 */
public class SingleMailQueueItem implements MailQueueItem {
    private final Email email;

    public SingleMailQueueItem(Email email) {
        this.email = email;
    }

    public Email getEmail() {
        return email;
    }

    @Override
    public void send() throws MailException {
        throw new MailException("compile-time declaration: the host sends queued mail");
    }

    @Override
    public String getSubject() {
        return email.getSubject();
    }

    @Override
    public java.util.Date getDateQueued() {
        throw new UnsupportedOperationException("compile-time declaration");
    }

    @Override
    public int getSendCount() {
        return 0;
    }

    @Override
    public boolean hasError() {
        return false;
    }

    @Override
    public int compareTo(MailQueueItem other) {
        throw new UnsupportedOperationException("compile-time declaration");
    }
}
