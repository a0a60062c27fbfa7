package dev.kakehashi.admin;

/**
 * Port to where this product's {@link CompanyRole} is kept; {@link CompanyRole#SOURCE} until an admin chooses.
 */
public interface CompanyRoleStore {
    CompanyRole get();

    void save(CompanyRole role);
}
