package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Map;

/**
 * Host declaration (compile only): the event Jira publishes for issue operations; only the members the plugin calls (the real class extends AbstractEvent implements IssueRelatedEvent).
 * Mirrors jira-api 11.0.0: public constructor (Issue, Map params, ApplicationUser, Long eventTypeId) as used in atlassian-slack-integration-server tests, getters in DefaultJiraIssueEvent; docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html.
 */
public final class IssueEvent {
    private final Issue issue;
    private final ApplicationUser user;
    private final Long eventTypeId;

    public IssueEvent(Issue issue, Map<?, ?> params, ApplicationUser user, Long eventTypeId) {
        this.issue = issue;
        this.user = user;
        this.eventTypeId = eventTypeId;
    }

    public Issue getIssue() {
        return issue;
    }

    /** The user who caused the event, or null. */
    public ApplicationUser getUser() {
        return user;
    }

    public Long getEventTypeId() {
        return eventTypeId;
    }
}
