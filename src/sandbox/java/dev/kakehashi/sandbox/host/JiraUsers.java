package dev.kakehashi.sandbox.host;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.kakehashi.sandbox.directory.DemoDirectory;

/**
 * Jira's own {@link UserManager} (not SAL's) over the demo directory: users by the same keys SAL hands out.
 */
public final class JiraUsers implements UserManager {
    private final DemoDirectory directory;

    public JiraUsers(DemoDirectory directory) {
        this.directory = directory;
    }

    @Override
    public ApplicationUser getUserByKey(String userKey) {
        return directory.byKey(userKey).map(JiraUser::new).orElse(null);
    }
}
