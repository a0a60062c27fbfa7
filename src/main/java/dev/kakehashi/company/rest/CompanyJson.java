package dev.kakehashi.company.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kakehashi.admin.CompanyValue;
import dev.kakehashi.admin.Department;
import dev.kakehashi.company.CompanyData;
import dev.kakehashi.thanks.ThanksPolicy;
import java.util.List;

/**
 * The company's lists as {@code GET /rest/kakehashi/1.0/company} shows them. {@code role} is {@code source} or
 * {@code follower} (a follower shows its copy, and {@code syncedAt} says when it was made); departments carry their
 * host groups only for administrators.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompanyJson(String role, String product, String version, String syncedAt,
                          List<DepartmentItem> departments, List<ValueItem> values, ThanksPolicy policy) {

    /** A department: key, names, place, whether in use, and (administrators only) its host groups here. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DepartmentItem(String key, String nameEn, String nameJa, int position, boolean active,
                                 List<String> groups) {
    }

    /** A company value. */
    public record ValueItem(String key, String nameEn, String nameJa, String descriptionEn, String descriptionJa,
                            String icon, int position, boolean active) {
    }

    static CompanyJson of(String role, String product, String syncedAt, CompanyData data, boolean withGroups) {
        return new CompanyJson(role, product, data.version(), syncedAt,
                data.departments().stream().map((Department d) -> new DepartmentItem(d.key(), d.nameEn(), d.nameJa(),
                        d.position(), d.active(), withGroups ? d.groups() : null)).toList(),
                data.values().stream().map((CompanyValue v) -> new ValueItem(v.key(), v.nameEn(), v.nameJa(),
                        v.descriptionEn(), v.descriptionJa(), v.icon(), v.position(), v.active())).toList(),
                data.policy());
    }
}
