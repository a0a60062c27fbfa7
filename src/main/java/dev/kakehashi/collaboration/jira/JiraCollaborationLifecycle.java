package dev.kakehashi.collaboration.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import dev.kakehashi.collaboration.CollaborationService;
import dev.kakehashi.collaboration.RequestTypeInstaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the app does in Jira when it starts and stops on a node: makes sure the request issue types exist (once for
 * the whole cluster) and listens for resolved issues, so that the panel can prompt the requester to share the result
 * and thank the partner. SAL calls it once the host and the app are both up. Stopping removes nothing.
 */
public class JiraCollaborationLifecycle implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(JiraCollaborationLifecycle.class);

    private final RequestTypeInstaller installer;
    private final CollaborationService requests;
    private final EventPublisher events;

    public JiraCollaborationLifecycle(RequestTypeInstaller installer, CollaborationService requests,
                                      EventPublisher events) {
        this.installer = installer;
        this.requests = requests;
        this.events = events;
    }

    @Override
    public void onStart() {
        events.register(this);
        try {
            installer.install();
        } catch (RuntimeException e) {
            // The app works without them; an admin can install them from the configuration page.
            LOG.warn("Kakehashi could not create the collaboration request issue types", e);
        }
    }

    @Override
    public void onStop() {
        events.unregister(this);
    }

    /**
     * An issue was resolved: Jira fires "Issue Resolved" from the resolve transition, but a workflow may fire another
     * event for it, so any event on an issue that now has a resolution counts.
     */
    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null || issue.getId() == null || !requests.isRequestType(issue.getIssueTypeId())) {
            return;
        }
        boolean resolved = EventType.ISSUE_RESOLVED_ID.equals(event.getEventTypeId())
                || issue.getResolutionDate() != null || issue.getResolutionId() != null;
        if (resolved) {
            requests.resolved(issue.getId(), event.getUser() == null ? null : event.getUser().getKey());
        }
    }
}
