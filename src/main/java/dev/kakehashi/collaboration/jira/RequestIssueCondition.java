package dev.kakehashi.collaboration.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import dev.kakehashi.collaboration.CollaborationService;
import java.util.Map;

/**
 * Shows the request panel only on issues of a request type. It reads the issue types from the cluster cache, so
 * it costs no database statement on the issue view of any other issue.
 */
public class RequestIssueCondition implements Condition {
    private final CollaborationService requests;

    public RequestIssueCondition(CollaborationService requests) {
        this.requests = requests;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("issue") instanceof Issue issue && requests.isRequestType(issue.getIssueTypeId());
    }
}
