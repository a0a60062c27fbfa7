package dev.kakehashi.admin.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.LocaleResolver;
import dev.kakehashi.admin.CompanyValue;
import dev.kakehashi.admin.CompanyValueService;
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
 * The company values still offered, for everyone's forms and the macro browser: {@code /rest/kakehashi/1.0/values}.
 * 200 for a logged-in user (key, icon and names only), 401 otherwise.
 */
@Path("values")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class CompanyValueDirectoryResource {
    private final People people;
    private final CompanyValueService values;
    private final LocaleResolver locales;

    @Inject
    public CompanyValueDirectoryResource(People people, CompanyValueService values, LocaleResolver locales) {
        this.people = people;
        this.values = values;
        this.locales = locales;
    }

    /** A value: its key, its icon, both names and the name in the caller's language. */
    public record ValueJson(String key, String icon, String nameEn, String nameJa, String name) {
    }

    /** The active values in the order the admin set. */
    @GET
    public List<ValueJson> list() {
        Callers.user(people);
        Locale locale = locales.getLocale() == null ? Locale.ENGLISH : locales.getLocale();
        return values.list().stream().filter(CompanyValue::active)
                .map(v -> new ValueJson(v.key(), v.icon() == null ? "" : v.icon(), v.nameEn(), v.nameJa(),
                        v.name(locale))).toList();
    }
}
