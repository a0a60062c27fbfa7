package dev.kakehashi.people.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.LocaleResolver;
import dev.kakehashi.people.PeopleLookup;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.rest.Callers;
import dev.kakehashi.thanks.ThanksContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/**
 * What the people pickers add to the host's user search: {@code GET /rest/kakehashi/1.0/people?user=a&user=b}, with
 * {@code contextType} and {@code contextId} (an issue or page) or {@code space} (a goal's space) for whether each
 * person may see it. 200 with the people found (unknown names left out); 400 for more than
 * {@value PeopleLookup#MAX_PEOPLE} names, a malformed place or both kinds of place; 401 anonymous; 404 when the
 * caller may not see the place (the same answer as for one that does not exist).
 */
@Path("people")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {
    private static final String SPACE_KEY = "[A-Za-z0-9~][A-Za-z0-9_~]{0,254}";

    private final People people;
    private final PeopleLookup lookup;
    private final LocaleResolver locales;

    @Inject
    public PeopleResource(People people, PeopleLookup lookup, LocaleResolver locales) {
        this.people = people;
        this.lookup = lookup;
        this.locales = locales;
    }

    /** A department of a person: key and name in the caller's language. */
    public record DepartmentNameJson(String key, String name) {
    }

    /** A person: who they are, their departments, and whether they may see the place (null when none was given). */
    public record PersonDepartmentsJson(String key, String username, String displayName, String avatarUrl,
                                        List<DepartmentNameJson> departments, Boolean canView) {
    }

    @GET
    public List<PersonDepartmentsJson> people(@QueryParam("user") List<String> usernames,
                                              @QueryParam("contextType") String contextType,
                                              @QueryParam("contextId") String contextId,
                                              @QueryParam("space") String space) {
        Person caller = Callers.user(people);
        if (space != null && !space.isEmpty() && !space.matches(SPACE_KEY)) {
            throw Rejection.of(Rejection.Reason.INVALID, "space", "kakehashi.people.error.place");
        }
        Locale locale = locales.getLocale() == null ? Locale.ENGLISH : locales.getLocale();
        PeopleLookup.Place place = new PeopleLookup.Place(ThanksContext.parse(contextType, contextId), space);
        return lookup.lookup(caller.key(), usernames, place).stream()
                .map(f -> new PersonDepartmentsJson(f.person().key(), f.person().username(), f.person().displayName(),
                        f.person().avatarUrl(), f.departments().stream()
                        .map(d -> new DepartmentNameJson(d.key(), d.name(locale))).toList(), f.canView()))
                .toList();
    }
}
