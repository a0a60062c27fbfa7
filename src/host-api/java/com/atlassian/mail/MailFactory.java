package com.atlassian.mail;

/**
 * Host declaration (compile only): atlassian-mail's static access to its configuration; only the member the plugin
 * calls. The body stands for a configuration without settings, which atlassian-mail answers with
 * {@link Settings.Default}.
 * Mirrors atlassian-mail 5.3.0, com/atlassian/mail/MailFactory (ngannk-fptu/Decompiled-Files); its
 * SingleMailQueueItem checks {@code getSettings().isSendingDisabled()} before sending.
 */
public class MailFactory {
    public static Settings getSettings() {
        return new Settings.Default();
    }
}
