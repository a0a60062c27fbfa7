package dev.kakehashi.profiles.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.LocaleResolver;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.rest.Callers;
import dev.kakehashi.platform.rest.PersonJson;
import dev.kakehashi.profiles.DepartmentProfile;
import dev.kakehashi.profiles.ProfileInput;
import dev.kakehashi.profiles.ProfileService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A department's profile: {@code /rest/kakehashi/1.0/departments/{key}/profile}. Every call needs a logged-in user
 * (401); an unknown or inactive department answers 404. A change needs one of the department's contacts or an
 * administrator (403), takes JSON only (415) and carries the version the caller saw (409 when someone changed the
 * profile first).
 */
@Path("departments/{key}/profile")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {
    private final People people;
    private final ProfileService profiles;
    private final LocaleResolver locales;

    @Inject
    public ProfileResource(People people, ProfileService profiles, LocaleResolver locales) {
        this.people = people;
        this.profiles = profiles;
        this.locales = locales;
    }

    /** The department as a profile names it. */
    public record DepartmentJson(String key, String name, String nameEn, String nameJa) {
    }

    /** A challenge; {@code stale} (its review day has passed) is told to those who may change the profile only. */
    public record ChallengeJson(String text, String since, String reviewBy, boolean stale) {
    }

    /** A profile as the caller may see it; {@code morePeople} people beyond {@code people} (at least, if so said). */
    public record ProfileJson(DepartmentJson department, String doesEn, String doesJa, String helpEn, String helpJa,
                              String requestKind, List<PersonJson> contacts, List<ChallengeJson> challenges,
                              List<PersonJson> people, int morePeople, boolean morePeopleAtLeast, boolean canEdit,
                              int version, String updatedAt) {
    }

    /** The change: the texts, the request kind's key, contacts by user name, challenges, and the version seen. */
    public record ProfileBody(String doesEn, String doesJa, String helpEn, String helpJa, String requestKind,
                              List<String> contacts, List<ProfileInput.ChallengeInput> challenges, Integer version) {
        ProfileInput input() {
            return new ProfileInput(doesEn, doesJa, helpEn, helpJa, requestKind, contacts, challenges, version);
        }
    }

    /** 200: the profile (version 0 when nobody has written it yet). */
    @GET
    public ProfileJson get(@PathParam("key") String key) {
        Person caller = Callers.user(people);
        return json(caller, key, profiles.profile(key));
    }

    /** 200: the profile as changed; 400 with every problem of the input. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ProfileJson put(@PathParam("key") String key, ProfileBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        DepartmentProfile changed = profiles.update(caller.key(), key, Callers.body(body).input());
        return json(caller, key, changed);
    }

    private ProfileJson json(Person caller, String key, DepartmentProfile profile) {
        Locale locale = locales.getLocale() == null ? Locale.ENGLISH : locales.getLocale();
        DepartmentName department = profiles.department(key);
        boolean canEdit = profiles.canEdit(caller.key(), profile);
        LocalDate today = profiles.today();
        ProfileService.Members members = profiles.members(key);
        return new ProfileJson(new DepartmentJson(department.key(), department.name(locale), department.nameEn(),
                department.nameJa()), profile.doesEn(), profile.doesJa(), profile.helpEn(), profile.helpJa(),
                profile.requestKind(), profiles.contacts(profile).stream().map(PersonJson::of).toList(),
                profile.challenges().stream().map(c -> new ChallengeJson(c.text(), c.since().toString(),
                        c.reviewBy().toString(), canEdit && c.staleOn(today))).toList(),
                members.shown().stream().map(PersonJson::of).toList(), members.more(), members.atLeast(), canEdit,
                profile.version(), profile.updatedAt() == null ? null : profile.updatedAt().toString());
    }
}
