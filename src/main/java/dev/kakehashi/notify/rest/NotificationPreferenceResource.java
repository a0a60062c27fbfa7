package dev.kakehashi.notify.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.kakehashi.notify.NotificationKind;
import dev.kakehashi.notify.NotificationPreferenceStore;
import dev.kakehashi.notify.NotificationPreferences;
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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

    /**
     * The preferences as JSON: whether notifications reach the caller by email at all, each kind on or off by its key
     * ({@code thanks}, {@code request-named}, …), and whether they come as one daily digest.
     */
    public record PreferencesJson(Boolean emailEnabled, Map<String, Boolean> kinds, Boolean digest) {
        static PreferencesJson of(NotificationPreferences chosen) {
            Map<String, Boolean> kinds = new LinkedHashMap<>();
            for (NotificationKind kind : NotificationKind.values()) {
                kinds.put(kind.key(), !chosen.off().contains(kind));
            }
            return new PreferencesJson(chosen.emailEnabled(), kinds, chosen.digest());
        }
    }

    /** 200: the caller's preferences; emails are on, one by one, until turned off. */
    @GET
    public PreferencesJson get() {
        Person caller = Callers.user(people);
        return PreferencesJson.of(preferences.preferences(caller.key()));
    }

    /**
     * 200: the preferences saved; a field left out keeps its setting, and so does a kind left out of {@code kinds}.
     * 400: nothing to change, or a kind this version does not know.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public PreferencesJson update(PreferencesJson input, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        PreferencesJson body = Callers.body(input);
        if (body.emailEnabled() == null && body.kinds() == null && body.digest() == null) {
            throw Rejection.of(Rejection.Reason.INVALID, "emailEnabled", "kakehashi.error.required");
        }
        NotificationPreferences current = preferences.preferences(caller.key());
        Set<NotificationKind> off = EnumSet.noneOf(NotificationKind.class);
        off.addAll(current.off());
        if (body.kinds() != null) {
            if (body.kinds().size() > NotificationKind.values().length) {
                throw Rejection.of(Rejection.Reason.INVALID, "kinds", "kakehashi.notify.preference.error.kind");
            }
            for (Map.Entry<String, Boolean> chosen : body.kinds().entrySet()) {
                NotificationKind kind = NotificationKind.ofKey(chosen.getKey()).orElseThrow(() -> Rejection.of(
                        Rejection.Reason.INVALID, "kinds", "kakehashi.notify.preference.error.kind"));
                if (chosen.getValue() == null) {
                    throw Rejection.of(Rejection.Reason.INVALID, "kinds", "kakehashi.notify.preference.error.kind");
                }
                if (chosen.getValue()) {
                    off.remove(kind);
                } else {
                    off.add(kind);
                }
            }
        }
        preferences.save(caller.key(), new NotificationPreferences(
                body.emailEnabled() == null ? current.emailEnabled() : body.emailEnabled(), off,
                body.digest() == null ? current.digest() : body.digest()));
        return PreferencesJson.of(preferences.preferences(caller.key()));
    }
}
