package dev.kakehashi.admin;

/**
 * Port to where departments and their host groups are kept.
 */
public interface DepartmentStore extends CatalogStore<Department> {
    /** Every department's key and names, active or not, in position order; one statement. */
    java.util.List<DepartmentName> names();
}
