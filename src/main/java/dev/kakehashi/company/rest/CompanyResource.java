package dev.kakehashi.company.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.kakehashi.admin.CompanyRole;
import dev.kakehashi.company.CompanySync;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.rest.Callers;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * The company's departments, values and thanks policy as this product holds them:
 * {@code /rest/kakehashi/1.0/company}. 200 for a logged-in user, 401 otherwise: the same readers as the department
 * and value directories and the thanks form (which applies the policy), inactive entries included because history
 * still names them. Host groups are shown to administrators only, as on the configuration page.
 */
@Path("company")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class CompanyResource {
    private final People people;
    private final CompanySync company;

    @Inject
    public CompanyResource(People people, CompanySync company) {
        this.people = people;
        this.company = company;
    }

    /** 200: the lists, this product's role and the lists' version. */
    @GET
    public Map<String, Object> get() {
        Person caller = Callers.user(people);
        CompanyRole role = company.role();
        return CompanyJson.of(role.follower() ? "follower" : "source",
                role.follower() && role.lastSyncedAt() != null ? role.lastSyncedAt().toString() : null,
                company.data(), people.isAdmin(caller.key()));
    }
}
