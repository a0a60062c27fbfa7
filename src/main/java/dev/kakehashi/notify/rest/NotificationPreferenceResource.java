package dev.kakehashi.notify.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.kakehashi.notify.NotificationPreferenceStore;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.rest.Callers;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * The caller's own notification preferences: {@code /rest/kakehashi/1.0/notifications/preferences}. Nobody reads or
 * changes anyone else's. 401 anonymous; a change takes JSON only (415 otherwise, 403 for a form post).
 */
@Path("notifications/preferences")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class NotificationPreferenceResource {
    private final People people;
    private final NotificationPreferenceStore preferences;

    @Inject
    public NotificationPreferenceResource(People people, NotificationPreferenceStore preferences) {
        this.people = people;
        this.preferences = preferences;
    }

    /** The preferences as JSON: whether thanks reach the caller by email. */
    public record PreferencesJson(Boolean emailEnabled) {
    }

    /** 200: the caller's preferences; emails are on until turned off. */
    @GET
    public PreferencesJson get() {
        Person caller = Callers.user(people);
        return new PreferencesJson(preferences.emailEnabled(caller.key()));
    }

    /** 200: the preferences saved; 400: {@code emailEnabled} missing. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public PreferencesJson update(PreferencesJson input, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        PreferencesJson body = Callers.body(input);
        if (body.emailEnabled() == null) {
            throw Rejection.of(Rejection.Reason.INVALID, "emailEnabled", "kakehashi.error.required");
        }
        preferences.setEmailEnabled(caller.key(), body.emailEnabled());
        return new PreferencesJson(preferences.emailEnabled(caller.key()));
    }
}
