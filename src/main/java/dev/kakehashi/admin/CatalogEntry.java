package dev.kakehashi.admin;

/**
 * What departments and company values have in common: an admin-defined entry with a stable key, bilingual names,
 * a position in lists and an active flag.
 */
public interface CatalogEntry {
    String key();

    String nameEn();

    String nameJa();

    int position();

    boolean active();

    CatalogEntry withPosition(int position);
}
