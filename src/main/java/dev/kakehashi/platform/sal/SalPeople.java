package dev.kakehashi.platform.sal;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import java.net.URI;
import java.util.Optional;

/**
 * People over SAL's {@link UserManager}, the same in Jira and Confluence.
 */
public class SalPeople implements People {
    private final UserManager userManager;

    public SalPeople(UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public Optional<Person> currentUser() {
        return Optional.ofNullable(userManager.getRemoteUser()).map(SalPeople::toPerson);
    }

    @Override
    public Optional<Person> byKey(String userKey) {
        if (userKey == null || userKey.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(userManager.getUserProfile(new UserKey(userKey))).map(SalPeople::toPerson);
    }

    @Override
    public Optional<Person> byUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(userManager.getUserProfile(username.strip())).map(SalPeople::toPerson);
    }

    @Override
    public boolean isAdmin(String userKey) {
        return userKey != null && userManager.isAdmin(new UserKey(userKey));
    }

    @Override
    public boolean isInGroup(String userKey, String group) {
        return userKey != null && userManager.isUserInGroup(new UserKey(userKey), group);
    }

    private static Person toPerson(UserProfile profile) {
        URI avatar = profile.getProfilePictureUri();
        String name = profile.getFullName() == null || profile.getFullName().isBlank()
                ? profile.getUsername() : profile.getFullName();
        return new Person(profile.getUserKey().getStringValue(), profile.getUsername(), name,
                avatar == null ? null : avatar.toString());
    }
}
