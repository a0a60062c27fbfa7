package dev.kakehashi.sandbox.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import dev.kakehashi.sandbox.directory.DemoUser;

/**
 * Confluence's {@link ConfluenceUser} of a demo user: the key is the same key SAL's {@code UserKey} carries.
 */
public final class ConfluenceUserOf implements ConfluenceUser {
    private static final long serialVersionUID = 1L;
    private final DemoUser user;

    public ConfluenceUserOf(DemoUser user) {
        this.user = user;
    }

    @Override
    public UserKey getKey() {
        return new UserKey(user.key());
    }

    @Override
    public String getName() {
        return user.username();
    }

    @Override
    public String getFullName() {
        return user.fullName();
    }

    public DemoUser demoUser() {
        return user;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfluenceUserOf other && other.user.key().equals(user.key());
    }

    @Override
    public int hashCode() {
        return user.key().hashCode();
    }

    @Override
    public String toString() {
        return user.username();
    }
}
