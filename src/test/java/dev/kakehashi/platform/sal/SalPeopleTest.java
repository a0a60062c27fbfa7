package dev.kakehashi.platform.sal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import dev.kakehashi.platform.Person;
import java.net.URI;
import java.util.Optional;
import org.junit.Test;

public class SalPeopleTest {
    private final UserManager userManager = mock(UserManager.class);
    private final SalPeople people = new SalPeople(userManager);

    private UserProfile profile(String key, String username, String fullName) {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUserKey()).thenReturn(new UserKey(key));
        when(profile.getUsername()).thenReturn(username);
        when(profile.getFullName()).thenReturn(fullName);
        when(profile.getProfilePictureUri()).thenReturn(URI.create("/jira/secure/useravatar?ownerId=" + username));
        return profile;
    }

    @Test
    public void theCurrentUserComesFromTheRemoteUser() {
        UserProfile tanaka = profile("JIRAUSER10100", "tanaka", "田中 美咲");
        when(userManager.getRemoteUser()).thenReturn(tanaka);

        Person person = people.currentUser().orElseThrow();

        assertEquals("JIRAUSER10100", person.key());
        assertEquals("田中 美咲", person.displayName());
        assertEquals("/jira/secure/useravatar?ownerId=tanaka", person.avatarUrl());
    }

    @Test
    public void anonymousMeansNoCurrentUser() {
        assertEquals(Optional.empty(), people.currentUser());
    }

    @Test
    public void aUserWithoutFullNameIsShownByUsername() {
        UserProfile profile = profile("k1", "sato", " ");
        when(userManager.getUserProfile(new UserKey("k1"))).thenReturn(profile);

        assertEquals("sato", people.byKey("k1").orElseThrow().displayName());
        assertEquals(Optional.empty(), people.byKey(""));
    }

    @Test
    public void adminAndGroupChecksGoToTheHost() {
        when(userManager.isAdmin(new UserKey("admin"))).thenReturn(true);
        when(userManager.isUserInGroup(new UserKey("tanaka"), "sales")).thenReturn(true);

        assertTrue(people.isAdmin("admin"));
        assertFalse(people.isAdmin("tanaka"));
        assertFalse(people.isAdmin(null));
        assertTrue(people.isInGroup("tanaka", "sales"));
        assertFalse(people.isInGroup("tanaka", "development"));
    }
}
