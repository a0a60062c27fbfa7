package dev.kakehashi.profiles;

import dev.kakehashi.platform.Localized;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What a department tells the rest of the company about itself: what it does and what it can help with (in English
 * and Japanese), its current challenges, its contacts (user keys) and the kind of collaboration request to use when
 * asking it. Version 0 is the profile nobody has written yet; every change adds one.
 *
 * @param requestKind the key of a {@code RequestKind}, or empty when the department names none
 */
public record DepartmentProfile(String departmentKey, String doesEn, String doesJa, String helpEn, String helpJa,
                                String requestKind, List<String> contactKeys, List<Challenge> challenges, int version,
                                Instant updatedAt, String updatedBy) {
    public DepartmentProfile {
        contactKeys = List.copyOf(contactKeys);
        challenges = List.copyOf(challenges);
    }

    /** The profile of a department nobody has described yet. */
    public static DepartmentProfile empty(String departmentKey) {
        return new DepartmentProfile(departmentKey, "", "", "", "", "", List.of(), List.of(), 0, null, "");
    }

    public String does(Locale locale) {
        return Localized.pick(locale, doesEn, doesJa);
    }

    public String help(Locale locale) {
        return Localized.pick(locale, helpEn, helpJa);
    }

    /** Whether nothing has been written yet. */
    public boolean isEmpty() {
        return version == 0;
    }
}
