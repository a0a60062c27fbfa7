package com.atlassian.mail;

/**
 * Host declaration (compile only): atlassian-mail's settings; whether sending is turned off for the whole instance.
 * Mirrors atlassian-mail 5.3.0, com/atlassian/mail/Settings (ngannk-fptu/Decompiled-Files), whose default reads the
 * system property {@code atlassian.mail.senddisabled}.
 */
public interface Settings {
    String ATLASSIAN_MAIL_SEND_DISABLED_SYSTEM_PROPERTY_KEY = "atlassian.mail.senddisabled";

    boolean isSendingDisabled();

    /** The settings atlassian-mail uses when its configuration names none. */
    class Default implements Settings {
        @Override
        public boolean isSendingDisabled() {
            return Boolean.getBoolean(ATLASSIAN_MAIL_SEND_DISABLED_SYSTEM_PROPERTY_KEY);
        }
    }
}
