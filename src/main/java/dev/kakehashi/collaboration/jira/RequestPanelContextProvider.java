package dev.kakehashi.collaboration.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import dev.kakehashi.collaboration.web.RequestPanel;
import java.util.Map;

/**
 * The request panel on the Jira issue view: the issue Jira passes as {@code issue} is the request.
 */
public class RequestPanelContextProvider implements ContextProvider {
    private final RequestPanel panel;

    public RequestPanelContextProvider(RequestPanel panel) {
        this.panel = panel;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Object issue = context.get("issue");
        return panel.panel(context, issue instanceof Issue i ? i.getKey() : null);
    }
}
