package dev.kakehashi.sandbox.host;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
import java.util.Optional;

/**
 * SAL's {@link UserManager} over the demo directory; the remote user is whoever the authentication filter let in.
 */
public final class DirectoryUserManager implements UserManager {
    private final Product product;
    private final DemoDirectory directory;

    public DirectoryUserManager(Product product, DemoDirectory directory) {
        this.product = product;
        this.directory = directory;
    }

    @Override
    public UserProfile getRemoteUser() {
        return RequestContext.currentUser().map(this::profile).orElse(null);
    }

    @Override
    public UserKey getRemoteUserKey() {
        return RequestContext.currentUser().map(u -> new UserKey(u.key())).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : directory.byKey(userKey.getStringValue()).map(this::profile).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(String username) {
        return directory.byUsername(username).map(this::profile).orElse(null);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return user(userKey).map(u -> u.isMemberOf(group)).orElse(false);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return isAdmin(userKey);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return user(userKey).map(this::isAdmin).orElse(false);
    }

    public boolean isAdmin(DemoUser user) {
        return user.isMemberOf(product.adminGroup());
    }

    public UserProfile profile(DemoUser user) {
        String profilePage = product == Product.JIRA ? "/secure/ViewProfile.jspa?name=" : "/display/~";
        return new DemoUserProfile(user, product.contextPath(), profilePage);
    }

    private Optional<DemoUser> user(UserKey userKey) {
        return userKey == null ? Optional.empty() : directory.byKey(userKey.getStringValue());
    }
}
