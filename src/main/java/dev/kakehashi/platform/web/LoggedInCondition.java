package dev.kakehashi.platform.web;

import com.atlassian.plugin.web.Condition;
import com.atlassian.sal.api.user.UserManager;
import java.util.Map;

/**
 * Shows a web fragment only to logged-in users, the same in both products.
 */
public class LoggedInCondition implements Condition {
    private final UserManager userManager;

    public LoggedInCondition(UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return userManager.getRemoteUserKey() != null;
    }
}
