package dev.kakehashi.collaboration.jira;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import dev.kakehashi.collaboration.CollaborationService;
import dev.kakehashi.collaboration.RequestTypeInstaller;
import java.sql.Timestamp;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

public class JiraCollaborationLifecycleTest {
    private final RequestTypeInstaller installer = mock(RequestTypeInstaller.class);
    private final CollaborationService requests = mock(CollaborationService.class);
    private final EventPublisher events = mock(EventPublisher.class);
    private final JiraCollaborationLifecycle lifecycle = new JiraCollaborationLifecycle(installer, requests, events);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final ApplicationUser suzuki = mock(ApplicationUser.class);

    @Before
    public void jira() {
        when(issue.getId()).thenReturn(10100L);
        when(issue.getIssueTypeId()).thenReturn("10101");
        when(requests.isRequestType("10101")).thenReturn(true);
        when(suzuki.getKey()).thenReturn("JIRAUSER10102");
    }

    @Test
    public void startingListensAndInstallsStoppingStopsListening() {
        lifecycle.onStart();
        verify(events).register(lifecycle);
        verify(installer).install();

        lifecycle.onStop();
        verify(events).unregister(lifecycle);
    }

    @Test
    public void anInstallFailureDoesNotStopTheApp() {
        doThrow(new IllegalStateException("Jira is busy")).when(installer).install();

        lifecycle.onStart();

        verify(events).register(lifecycle);
    }

    @Test
    public void aResolvedRequestIsRecordedWithWhoResolvedIt() {
        lifecycle.onIssueEvent(new IssueEvent(issue, Map.of(), suzuki, EventType.ISSUE_RESOLVED_ID));

        verify(requests).resolved(10100L, "JIRAUSER10102");
    }

    @Test
    public void aWorkflowThatResolvesWithAnotherEventCountsToo() {
        when(issue.getResolutionDate()).thenReturn(new Timestamp(0));

        lifecycle.onIssueEvent(new IssueEvent(issue, Map.of(), null, EventType.ISSUE_GENERICEVENT_ID));

        verify(requests).resolved(10100L, null);
    }

    @Test
    public void otherEventsAndOtherIssueTypesAreIgnored() {
        lifecycle.onIssueEvent(new IssueEvent(issue, Map.of(), suzuki, EventType.ISSUE_UPDATED_ID));
        when(issue.getIssueTypeId()).thenReturn("10000");
        when(issue.getResolutionDate()).thenReturn(new Timestamp(0));
        lifecycle.onIssueEvent(new IssueEvent(issue, Map.of(), suzuki, EventType.ISSUE_RESOLVED_ID));

        verify(requests, never()).resolved(anyLong(), anyString());
    }
}
