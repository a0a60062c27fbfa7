package com.atlassian.mail;

import java.io.Serializable;

/**
 * Host declaration (compile only): one email, plain text in UTF-8 unless told otherwise; setters return the email.
 * Mirrors atlassian-mail 5.3.0, com/atlassian/mail/Email (ngannk-fptu/Decompiled-Files), shipped by Jira and Confluence.
 */
public class Email implements Serializable {
    private static final long serialVersionUID = 1763820874219520737L;
    private String to;
    private String subject = "";
    private String body = "";
    private String mimeType = "text/plain";
    private String encoding = "UTF-8";

    public Email(String to) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("'To' is a required field");
        }
        this.to = to;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    public Email setEncoding(String encoding) {
        this.encoding = encoding;
        return this;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMimeType() {
        return mimeType;
    }

    public String getEncoding() {
        return encoding;
    }
}
