package com.atlassian.jira;

/**
 * Host declaration (compile only): the base of Jira's checked exceptions ({@code extends Exception}); only the
 * constructors. Jira 10.2.0 API docs, com/atlassian/jira/JiraException.html (docs/HOST-FACTS.md section 17.13).
 */
public class JiraException extends Exception {
    public JiraException() {
    }

    public JiraException(String message) {
        super(message);
    }

    public JiraException(Throwable cause) {
        super(cause);
    }

    public JiraException(String message, Throwable cause) {
        super(message, cause);
    }
}
