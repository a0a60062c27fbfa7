package dev.kakehashi.notify.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.kakehashi.notify.NotificationKind;
import dev.kakehashi.notify.NotificationPreferenceStore;
import dev.kakehashi.notify.NotificationPreferences;
import com.atlassian.sal.api.ApplicationProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.platform.LinkedApplication;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.rest.LinkedCall;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.rest.Callers;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
 * <p>
 * A person's preferences are the same in both products: a change made here is made in the other product too, as the
 * same person through the application link, with {@code ?origin=linked}. That marker only tells the receiving side
 * not to pass the change on again (so it never goes back and forth); it is read after every check, and whoever sends
 * it themselves merely keeps the change to the product they sent it to.
 */
@Path("notifications/preferences")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class NotificationPreferenceResource {
    /** Where the other product keeps the same person's preferences, and the marker of a change passed on. */
    static final String OTHER_PATH = "/rest/kakehashi/1.0/notifications/preferences";
    static final String ORIGIN_LINKED = "linked";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final People people;
    private final NotificationPreferenceStore preferences;
    private final LinkedApplication other;
    private final ApplicationProperties application;

    @Inject
    public NotificationPreferenceResource(People people, NotificationPreferenceStore preferences,
                                          LinkedApplication other, ApplicationProperties application) {
        this.people = people;
        this.preferences = preferences;
        this.other = other;
        this.application = application;
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

    /**
     * The preferences after a change, and what became of it in the other product: {@code state} {@code updated},
     * {@code not-linked}, {@code needs-authorisation} (with {@code authoriseUrl}), {@code unreachable},
     * {@code refused}, or {@code received} for a change that came from the other product (not passed on again);
     * {@code product}: the other product.
     */
    public record SavedJson(Boolean emailEnabled, Map<String, Boolean> kinds, Boolean digest, Linked linked) {
        static SavedJson of(PreferencesJson saved, Linked linked) {
            return new SavedJson(saved.emailEnabled(), saved.kinds(), saved.digest(), linked);
        }
    }

    /** What became of a change in the other product. */
    public record Linked(String state, String product, String authoriseUrl) {
    }

    /** 200: the caller's preferences; emails are on, one by one, until turned off. */
    @GET
    public PreferencesJson get() {
        Person caller = Callers.user(people);
        return PreferencesJson.of(preferences.preferences(caller.key()));
    }

    /**
     * 200: the preferences saved; a field left out keeps its setting, and so does a kind left out of {@code kinds}.
     * 400: nothing to change, or a kind this version does not know. The same change is then made in the other
     * product, unless {@code origin=linked} says it came from there; see {@link SavedJson}.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SavedJson update(PreferencesJson input, @QueryParam("origin") String origin,
                            @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        PreferencesJson body = Callers.body(input);
        if (origin != null && !ORIGIN_LINKED.equals(origin)) {
            throw Rejection.of(Rejection.Reason.INVALID, "origin", "kakehashi.notify.preference.error.origin");
        }
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
        PreferencesJson saved = PreferencesJson.of(preferences.preferences(caller.key()));
        String there = "conf".equals(application.getPlatformId()) ? "jira" : "confluence";
        if (ORIGIN_LINKED.equals(origin)) {
            return SavedJson.of(saved, new Linked("received", there, null));
        }
        return SavedJson.of(saved, forward(body, there));
    }

    /** Makes the change the caller asked for (only what they sent) in the other product, as the caller. */
    private Linked forward(PreferencesJson change, String there) {
        String json;
        try {
            json = JSON.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        LinkedCall call = LinkedCall.of(other.call("PUT", OTHER_PATH + "?origin=" + ORIGIN_LINKED, json));
        String state = switch (call.outcome()) {
            case OK -> "updated";
            case NOT_LINKED, NEEDS_AUTHORISATION, UNREACHABLE -> call.outcome().key();
            case NOT_FOUND, REFUSED -> "refused";
        };
        return new Linked(state, there, call.authoriseUrl());
    }
}
