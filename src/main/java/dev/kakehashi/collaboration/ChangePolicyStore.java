package dev.kakehashi.collaboration;

/**
 * Port to where the admin's choice of who may change a request is kept; {@link ChangePolicy#ROLES} until one is saved.
 */
public interface ChangePolicyStore {
    ChangePolicy get();

    void save(ChangePolicy policy);
}
