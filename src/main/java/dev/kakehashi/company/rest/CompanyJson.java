package dev.kakehashi.company.rest;

import dev.kakehashi.admin.CompanyValue;
import dev.kakehashi.admin.Department;
import dev.kakehashi.company.CompanyData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The company's lists as {@code GET /rest/kakehashi/1.0/company} shows them. {@code role} is {@code source} or
 * {@code follower} (a follower shows its copy, and {@code syncedAt} says when it was made); departments carry their
 * host groups only for administrators. Built as ordered maps so that absent fields are left out without Jackson's
 * annotation package, which the hosts do not export to apps.
 */
final class CompanyJson {
    private CompanyJson() {
    }

    static Map<String, Object> of(String role, String syncedAt, CompanyData data, boolean withGroups) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("role", role);
        json.put("version", data.version());
        if (syncedAt != null) {
            json.put("syncedAt", syncedAt);
        }
        json.put("departments", data.departments().stream().map(d -> department(d, withGroups)).toList());
        json.put("values", data.values().stream().map(CompanyJson::value).toList());
        json.put("policy", data.policy());
        return json;
    }

    private static Map<String, Object> department(Department d, boolean withGroups) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", d.key());
        json.put("nameEn", d.nameEn());
        json.put("nameJa", d.nameJa());
        json.put("position", d.position());
        json.put("active", d.active());
        if (withGroups) {
            json.put("groups", d.groups());
        }
        return json;
    }

    private static Map<String, Object> value(CompanyValue v) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", v.key());
        json.put("nameEn", v.nameEn());
        json.put("nameJa", v.nameJa());
        json.put("descriptionEn", v.descriptionEn());
        json.put("descriptionJa", v.descriptionJa());
        json.put("icon", v.icon());
        json.put("position", v.position());
        json.put("active", v.active());
        return json;
    }
}
