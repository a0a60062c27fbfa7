package com.atlassian.jira.exception;

import com.atlassian.jira.JiraException;

/**
 * Host declaration (compile only): thrown by {@code IssueManager.deleteIssueNoEvent} when the removal fails; a direct
 * subclass of {@link JiraException} in the Jira 10.2.0 API docs (docs/HOST-FACTS.md section 17.13).
 */
public class RemoveException extends JiraException {
    public RemoveException(String message) {
        super(message);
    }

    public RemoveException(String message, Throwable cause) {
        super(message, cause);
    }
}
