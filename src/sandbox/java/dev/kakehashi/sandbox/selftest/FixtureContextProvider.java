package dev.kakehashi.sandbox.selftest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.web.ContextProvider;
import java.util.HashMap;
import java.util.Map;

/**
 * A context provider of the self-test descriptor: passes its init parameter and what it reads from the host context.
 */
public class FixtureContextProvider implements ContextProvider {
    private String greeting;

    @Override
    public void init(Map<String, String> params) {
        greeting = params.get("greeting");
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>();
        result.put("greeting", greeting);
        Object issue = context.get("issue");
        result.put("issueKey", issue instanceof Issue i ? i.getKey() : "no issue");
        Object user = context.get("user");
        result.put("userName", user instanceof ApplicationUser u ? u.getUsername() : "no user");
        return result;
    }
}
