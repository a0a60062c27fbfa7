package dev.kakehashi.admin;

/**
 * What an admin submits to add or change a company value; every field may be missing or wrong until checked.
 */
public record CompanyValueInput(String key, String nameEn, String nameJa, String descriptionEn, String descriptionJa,
                                String icon, Boolean active) {
}
