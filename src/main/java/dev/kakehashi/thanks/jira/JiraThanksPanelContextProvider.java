package dev.kakehashi.thanks.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.web.ThanksView;
import java.util.Map;

/**
 * The thanks panel on the Jira issue view: the issue Jira passes as {@code issue} becomes the thanks context.
 */
public class JiraThanksPanelContextProvider implements ContextProvider {
    private final ThanksView view;

    public JiraThanksPanelContextProvider(ThanksView view) {
        this.view = view;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Object issue = context.get("issue");
        return view.panel(context, issue instanceof Issue i && i.getId() != null
                ? ThanksContext.issue(i.getId()) : ThanksContext.NONE);
    }
}
