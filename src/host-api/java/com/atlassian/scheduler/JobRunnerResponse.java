package com.atlassian.scheduler;

/**
 * Host declaration (compile only; the host's own class is used at run time): the outcome of one run; only the members
 * the plugin calls. Mirrors
 * atlassian-scheduler-api (docs.atlassian.com/atlassian-scheduler-api/1.6.0 apidocs; Jira 10.4 ships atlassian-scheduler-api 5.0.1). See docs/HOST-FACTS.md section 27.
 */
public final class JobRunnerResponse {
    private final boolean success;
    private final String message;

    private JobRunnerResponse(boolean success, String message) {
        this.success = success;
        this.message = message;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(true, message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(false, String.valueOf(cause));
    }

    /** Not in the host's class: the sandbox's way to read the outcome. */
    public boolean sandboxSucceeded() {
        return success;
    }

    /** Not in this form in the host's class: the sandbox's way to read the message. */
    public String sandboxMessage() {
        return message;
    }
}
