package dev.kakehashi.admin.rest;

import dev.kakehashi.admin.CompanyValue;

/**
 * A company value as the REST API shows it.
 */
public record CompanyValueJson(String key, String nameEn, String nameJa, String descriptionEn, String descriptionJa,
                               String icon, int position, boolean active) {
    static CompanyValueJson of(CompanyValue v) {
        return new CompanyValueJson(v.key(), v.nameEn(), v.nameJa(), v.descriptionEn(), v.descriptionJa(), v.icon(),
                v.position(), v.active());
    }
}
