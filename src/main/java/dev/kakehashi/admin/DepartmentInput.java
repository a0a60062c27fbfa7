package dev.kakehashi.admin;

import java.util.List;

/**
 * What an admin submits to add or change a department; every field may be missing or wrong until checked.
 */
public record DepartmentInput(String key, String nameEn, String nameJa, List<String> groups, Boolean active) {
}
