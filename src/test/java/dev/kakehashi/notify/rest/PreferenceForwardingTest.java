package dev.kakehashi.notify.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.notify.NotificationKind;
import dev.kakehashi.notify.NotificationPreferenceStore;
import dev.kakehashi.notify.NotificationPreferences;
import dev.kakehashi.platform.LinkedApplication;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

/** A change of preferences is made in the other product as the same person, once, and never passed back. */
public class PreferenceForwardingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, NotificationPreferences> saved = new HashMap<>();
    private final List<String[]> calls = new ArrayList<>();
    private LinkedApplication.Reply reply = new LinkedApplication.Answered(200, "{}");
    private NotificationPreferenceResource resource;
    private HttpHeaders headers;
    private ApplicationProperties application;

    private final class Store implements NotificationPreferenceStore {
        @Override
        public boolean emailEnabled(String userKey) {
            return preferences(userKey).emailEnabled();
        }

        @Override
        public void setEmailEnabled(String userKey, boolean enabled) {
            throw new UnsupportedOperationException();
        }

        @Override
        public NotificationPreferences preferences(String userKey) {
            return saved.getOrDefault(userKey, NotificationPreferences.DEFAULT);
        }

        @Override
        public void save(String userKey, NotificationPreferences preferences) {
            saved.put(userKey, preferences);
        }
    }

    private final class Other implements LinkedApplication {
        @Override
        public Optional<String> displayUrl() {
            return Optional.of("http://confluence.example");
        }

        @Override
        public Reply call(String method, String path, String jsonBody) {
            calls.add(new String[] {method, path, jsonBody});
            return reply;
        }
    }

    @Before
    public void setUp() {
        People people = mock(People.class);
        when(people.currentUser()).thenReturn(Optional.of(new Person("k-tanaka", "tanaka", "田中", null)));
        headers = mock(HttpHeaders.class);
        when(headers.getMediaType()).thenReturn(MediaType.APPLICATION_JSON_TYPE);
        application = mock(ApplicationProperties.class);
        when(application.getPlatformId()).thenReturn("jira");
        resource = new NotificationPreferenceResource(people, new Store(), new Other(), application);
    }

    private static NotificationPreferenceResource.PreferencesJson change(Boolean email, Map<String, Boolean> kinds,
                                                                        Boolean digest) {
        return new NotificationPreferenceResource.PreferencesJson(email, kinds, digest);
    }

    @Test
    public void aChangeHereIsMadeThereAsTheSamePersonWithOnlyWhatWasChangedAndMarkedAsPassedOn() throws Exception {
        NotificationPreferenceResource.SavedJson answer = resource.update(
                change(null, Map.of("thanks", false), null), null, headers);

        assertEquals(NotificationPreferences.DEFAULT.emailEnabled(), saved.get("k-tanaka").emailEnabled());
        assertTrue(saved.get("k-tanaka").off().contains(NotificationKind.ofKey("thanks").orElseThrow()));
        assertEquals(1, calls.size());
        assertEquals("PUT", calls.get(0)[0]);
        assertEquals("/rest/kakehashi/1.0/notifications/preferences?origin=linked", calls.get(0)[1]);
        JsonNode sent = JSON.readTree(calls.get(0)[2]);
        assertTrue(sent.get("emailEnabled").isNull());
        assertTrue(sent.get("digest").isNull());
        assertEquals(1, sent.get("kinds").size());
        assertFalse(sent.get("kinds").get("thanks").booleanValue());
        assertEquals("updated", answer.linked().state());
        assertEquals("confluence", answer.linked().product());
        assertFalse(answer.kinds().get("thanks"));
    }

    @Test
    public void aChangeThatCameFromTheOtherProductIsSavedAndNotPassedBack() {
        when(application.getPlatformId()).thenReturn("conf");
        NotificationPreferenceResource.SavedJson answer = resource.update(change(false, null, null), "linked",
                headers);

        assertFalse(saved.get("k-tanaka").emailEnabled());
        assertEquals("nothing goes back", 0, calls.size());
        assertEquals("received", answer.linked().state());
        assertEquals("jira", answer.linked().product());
    }

    @Test
    public void theMarkerSkipsNoCheck() {
        // anything else as origin, and a marked change that is not valid, are refused like any other
        expect(() -> resource.update(change(false, null, null), "jira", headers), Rejection.Reason.INVALID);
        expect(() -> resource.update(change(null, null, null), "linked", headers), Rejection.Reason.INVALID);
        expect(() -> resource.update(change(null, Map.of("nonsense", true), null), "linked", headers),
                Rejection.Reason.INVALID);
        HttpHeaders form = mock(HttpHeaders.class);
        when(form.getMediaType()).thenReturn(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        expect(() -> resource.update(change(false, null, null), "linked", form),
                Rejection.Reason.UNSUPPORTED_MEDIA_TYPE);
        People nobody = mock(People.class);
        when(nobody.currentUser()).thenReturn(Optional.empty());
        NotificationPreferenceResource anonymous = new NotificationPreferenceResource(nobody, new Store(),
                new Other(), application);
        expect(() -> anonymous.update(change(false, null, null), "linked", headers),
                Rejection.Reason.UNAUTHENTICATED);
        assertTrue(saved.isEmpty());
        assertEquals(0, calls.size());
    }

    @Test
    public void whyTheOtherProductWasNotChangedIsSaid() {
        reply = new LinkedApplication.NotLinked();
        assertEquals("not-linked", resource.update(change(false, null, null), null, headers).linked().state());
        reply = new LinkedApplication.NeedsAuthorisation("http://jira.example/allow");
        NotificationPreferenceResource.Linked needs = resource.update(change(true, null, null), null, headers)
                .linked();
        assertEquals("needs-authorisation", needs.state());
        assertEquals("http://jira.example/allow", needs.authoriseUrl());
        reply = new LinkedApplication.Unreachable("timeout");
        assertEquals("unreachable", resource.update(change(false, null, null), null, headers).linked().state());
        reply = new LinkedApplication.Answered(500, "");
        assertEquals("unreachable", resource.update(change(false, null, null), null, headers).linked().state());
        reply = new LinkedApplication.Answered(400, "{}");
        assertEquals("refused", resource.update(change(false, null, null), null, headers).linked().state());
        assertNull(resource.update(change(false, null, null), null, headers).linked().authoriseUrl());
        // the change stands here whatever the other product answered
        assertFalse(saved.get("k-tanaka").emailEnabled());
    }

    private static void expect(Runnable call, Rejection.Reason reason) {
        try {
            call.run();
            fail("not refused");
        } catch (Rejection e) {
            assertEquals(reason, e.reason());
        }
    }
}
