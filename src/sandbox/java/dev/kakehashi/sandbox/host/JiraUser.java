package dev.kakehashi.sandbox.host;

import com.atlassian.jira.user.ApplicationUser;
import dev.kakehashi.sandbox.directory.DemoUser;

/**
 * Jira's {@link ApplicationUser} of a demo user: the key is the same key SAL's {@code UserKey} carries.
 */
public final class JiraUser implements ApplicationUser {
    private final DemoUser user;

    public JiraUser(DemoUser user) {
        this.user = user;
    }

    @Override
    public String getKey() {
        return user.key();
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public String getDisplayName() {
        return user.fullName();
    }

    public DemoUser demoUser() {
        return user;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JiraUser other && other.user.key().equals(user.key());
    }

    @Override
    public int hashCode() {
        return user.key().hashCode();
    }

    @Override
    public String toString() {
        return user.username() + "(" + user.key() + ")";
    }
}
