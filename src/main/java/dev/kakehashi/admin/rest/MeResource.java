package dev.kakehashi.admin.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.rest.Callers;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The calling person and their departments: {@code /rest/kakehashi/1.0/me}. 200 for a logged-in user, 401 otherwise.
 */
@Path("me")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    private final People people;
    private final DepartmentService departments;

    @Inject
    public MeResource(People people, DepartmentService departments) {
        this.people = people;
        this.departments = departments;
    }

    /** The caller as the host knows them, whether they administer the app, and their active departments. */
    public record MeJson(String key, String username, String displayName, String avatarUrl, boolean admin,
                         List<DepartmentJson> departments) {
    }

    @GET
    public MeJson me() {
        Person caller = Callers.user(people);
        List<DepartmentJson> mine = departments.departmentsOf(caller.key()).stream().map(DepartmentJson::of).toList();
        return new MeJson(caller.key(), caller.username(), caller.displayName(), caller.avatarUrl(),
                people.isAdmin(caller.key()), mine);
    }
}
