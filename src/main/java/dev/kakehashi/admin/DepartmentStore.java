package dev.kakehashi.admin;

/**
 * Port to where departments and their host groups are kept.
 */
public interface DepartmentStore extends CatalogStore<Department> {
}
