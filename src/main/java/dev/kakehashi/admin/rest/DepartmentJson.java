package dev.kakehashi.admin.rest;

import dev.kakehashi.admin.Department;
import java.util.List;

/**
 * A department as the REST API shows it.
 */
public record DepartmentJson(String key, String nameEn, String nameJa, List<String> groups, int position,
                             boolean active) {
    static DepartmentJson of(Department d) {
        return new DepartmentJson(d.key(), d.nameEn(), d.nameJa(), d.groups(), d.position(), d.active());
    }
}
