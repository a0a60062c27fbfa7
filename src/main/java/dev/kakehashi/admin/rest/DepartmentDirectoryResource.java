package dev.kakehashi.admin.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.LocaleResolver;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.rest.Callers;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/**
 * The active departments for everyone's forms: {@code /rest/kakehashi/1.0/departments}. 200 for a logged-in user
 * (keys and names only, no groups), 401 otherwise.
 */
@Path("departments")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentDirectoryResource {
    private final People people;
    private final DepartmentService departments;
    private final LocaleResolver locales;

    @Inject
    public DepartmentDirectoryResource(People people, DepartmentService departments, LocaleResolver locales) {
        this.people = people;
        this.departments = departments;
        this.locales = locales;
    }

    /** A department: its key, both names and the name in the caller's language. */
    public record NameJson(String key, String nameEn, String nameJa, String name) {
    }

    /** The active departments in the order the admin set. */
    @GET
    public List<NameJson> list() {
        Callers.user(people);
        Locale locale = locales.getLocale() == null ? Locale.ENGLISH : locales.getLocale();
        return departments.activeNames().stream()
                .map((DepartmentName d) -> new NameJson(d.key(), d.nameEn(), d.nameJa(), d.name(locale))).toList();
    }
}
