package com.atlassian.mail.server;

/**
 * Host declaration (compile only): the product's configured mail servers; only the members the plugin calls.
 * Mirrors atlassian-mail 5.3.0, com/atlassian/mail/server/MailServerManager (ngannk-fptu/Decompiled-Files); imported as
 * an OSGi service in Jira 11.3 and Confluence 10.2 by deftdevs/bootstrapi (jira|confluence/.../config/AtlassianConfig.java).
 */
public interface MailServerManager {
    /** The outgoing server, or null when an administrator has configured none. */
    SMTPMailServer getDefaultSMTPMailServer();
}
