package com.atlassian.jira.event.type;

/**
 * Host declaration (compile only): Jira's system event type ids (Long objects, not compile-time constants); only the constants the plugin uses.
 * Mirrors jira-api (public Jira source in the code index, com/atlassian/jira/event/type/EventType.java; field list matches docs.atlassian.com/jira/7.0.8/com/atlassian/jira/event/type/EventType.html); used in Jira 11.0.0 by atlassian-slack-integration-server EventMatcherType.
 */
public class EventType {
    public static final Long ISSUE_CREATED_ID = 1L;
    public static final Long ISSUE_UPDATED_ID = 2L;
    public static final Long ISSUE_ASSIGNED_ID = 3L;
    public static final Long ISSUE_RESOLVED_ID = 4L;
    public static final Long ISSUE_CLOSED_ID = 5L;
    public static final Long ISSUE_REOPENED_ID = 7L;
    public static final Long ISSUE_GENERICEVENT_ID = 13L;

    private EventType() {
    }
}
