package com.atlassian.mail.server;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;

/**
 * Host declaration (compile only): the outgoing mail server (really {@code extends MailServer}); only what the plugin calls.
 * Mirrors atlassian-mail 5.3.0, com/atlassian/mail/server/SMTPMailServer (ngannk-fptu/Decompiled-Files).
 */
public interface SMTPMailServer {
    /** Sends at once, with the server's default sender when the email names none. */
    void send(Email email) throws MailException;
}
