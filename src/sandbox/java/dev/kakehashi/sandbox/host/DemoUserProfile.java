package dev.kakehashi.sandbox.host;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;
import dev.kakehashi.sandbox.directory.DemoUser;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * SAL's view of a demo user; the picture is the sandbox's generated avatar.
 */
final class DemoUserProfile implements UserProfile {
    private final DemoUser user;
    private final String contextPath;
    private final String profilePagePath;

    DemoUserProfile(DemoUser user, String contextPath, String profilePagePath) {
        this.user = user;
        this.contextPath = contextPath;
        this.profilePagePath = profilePagePath;
    }

    @Override
    public UserKey getUserKey() {
        return new UserKey(user.key());
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public String getFullName() {
        return user.fullName();
    }

    @Override
    public String getEmail() {
        return user.email();
    }

    @Override
    public URI getProfilePictureUri(int width, int height) {
        return getProfilePictureUri();
    }

    @Override
    public URI getProfilePictureUri() {
        return URI.create(contextPath + "/sandbox/avatar/" + encoded() + ".svg");
    }

    @Override
    public URI getProfilePageUri() {
        return URI.create(contextPath + profilePagePath + encoded());
    }

    private String encoded() {
        return URLEncoder.encode(user.username(), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return user.username();
    }
}
