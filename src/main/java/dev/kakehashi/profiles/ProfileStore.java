package dev.kakehashi.profiles;

import java.util.Optional;

/**
 * Port to where department profiles are kept, by department key.
 */
public interface ProfileStore {
    /** The latest version of the department's profile, empty when none was ever written. */
    Optional<DepartmentProfile> find(String departmentKey);

    /**
     * Writes {@code profile} as version {@code profile.version()}, which must be one more than the stored version
     * (1 when none is stored).
     *
     * @return false, with nothing written, when the stored version is not the one before (someone else wrote first)
     */
    boolean save(DepartmentProfile profile);
}
