package com.atlassian.mail;

/**
 * Host declaration (compile only): a checked failure to send or configure mail.
 * Mirrors atlassian-mail 5.3.0, com/atlassian/mail/MailException extends Exception (ngannk-fptu/Decompiled-Files).
 */
public class MailException extends Exception {
    private static final long serialVersionUID = 1L;

    public MailException() {
    }

    public MailException(String message) {
        super(message);
    }

    public MailException(Throwable cause) {
        super(cause);
    }

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}
