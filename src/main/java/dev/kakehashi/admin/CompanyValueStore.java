package dev.kakehashi.admin;

/**
 * Port to where company values are kept.
 */
public interface CompanyValueStore extends CatalogStore<CompanyValue> {
}
